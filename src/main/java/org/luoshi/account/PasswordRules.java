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
            throw DomainException.of(DomainException.Kind.BAD_INPUT, "account.password-needs-at-least", MIN_LENGTH);
        }
        if (password.length() > 72) {
            throw DomainException.of(DomainException.Kind.BAD_INPUT, "account.password-must-not-exceed");
        }
        int kinds = 0;
        kinds += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        kinds += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        kinds += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        kinds += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        if (kinds < 3) {
            throw DomainException.of(DomainException.Kind.BAD_INPUT, "account.password-needs-three-upper");
        }
        if (username != null && !username.isBlank() && password.toLowerCase().contains(username.toLowerCase())) {
            throw DomainException.of(DomainException.Kind.BAD_INPUT, "account.password-must-not-contain");
        }
    }
}
