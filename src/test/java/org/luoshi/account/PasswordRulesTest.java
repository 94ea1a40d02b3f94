package org.luoshi.account;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordRulesTest {

    @Test
    void acceptsTenCharactersOfThreeKinds() {
        assertThatCode(() -> PasswordRules.check("zhang", "Luoshi@2026")).doesNotThrowAnyException();
        assertThatCode(() -> PasswordRules.check("zhang", "luoshi-2026x")).doesNotThrowAnyException();
    }

    @Test
    void rejectsShortPasswords() {
        assertThatThrownBy(() -> PasswordRules.check("zhang", "Ab@1")).hasMessageContaining("至少10位");
    }

    @Test
    void rejectsPasswordsOfTwoKinds() {
        assertThatThrownBy(() -> PasswordRules.check("zhang", "abcdefghij12")).hasMessageContaining("至少三类");
    }

    @Test
    void rejectsPasswordsContainingTheUserName() {
        assertThatThrownBy(() -> PasswordRules.check("zhang", "Zhang@12345")).hasMessageContaining("用户名");
    }
}
