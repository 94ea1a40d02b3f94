package org.luoshi.account;

import org.luoshi.DomainException;

/**
 * What a password must be (等保 level 3 habits): at least 10 characters, three of the four kinds (upper case,
 * lower case, digit, symbol), not containing the user name.
 */
public final class PasswordRules {

    static final int MIN_LENGTH = 10;

    private PasswordRules() {}

    /** @throws DomainException naming the first rule the password breaks */
    public static void check(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw DomainException.badInput(
                    "密码至少" + MIN_LENGTH + "位", "a password needs at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > 72) {
            throw DomainException.badInput("密码不能超过72位", "a password must not exceed 72 characters");
        }
        int kinds = 0;
        kinds += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        kinds += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        kinds += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        kinds += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        if (kinds < 3) {
            throw DomainException.badInput(
                    "密码须包含大写字母、小写字母、数字、符号中的至少三类", "a password needs three of: upper case, lower case, digits, symbols");
        }
        if (username != null && !username.isBlank() && password.toLowerCase().contains(username.toLowerCase())) {
            throw DomainException.badInput("密码不能包含用户名", "a password must not contain the user name");
        }
    }
}
