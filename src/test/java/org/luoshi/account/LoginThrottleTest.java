package org.luoshi.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Duration CAP = Duration.ofMinutes(15);

    @Test
    void failuresBelowTheThresholdCostNothing() {
        assertThat(LoginAttempts.delay(4, 5, Duration.ofSeconds(1), CAP)).isZero();
    }

    @Test
    void eachFailureFromTheThresholdOnDoublesTheWait() {
        assertThat(LoginAttempts.delay(5, 5, Duration.ofSeconds(1), CAP)).hasSeconds(1);
        assertThat(LoginAttempts.delay(6, 5, Duration.ofSeconds(1), CAP)).hasSeconds(2);
        assertThat(LoginAttempts.delay(9, 5, Duration.ofSeconds(1), CAP)).hasSeconds(16);
    }

    @Test
    void theWaitNeverPassesTheCapSoNobodyIsLockedOutForGood() {
        assertThat(LoginAttempts.delay(50, 5, Duration.ofSeconds(1), CAP)).isEqualTo(CAP);
        assertThat(LoginAttempts.delay(Integer.MAX_VALUE, 5, Duration.ofSeconds(1), CAP))
                .isEqualTo(CAP);
    }
}
