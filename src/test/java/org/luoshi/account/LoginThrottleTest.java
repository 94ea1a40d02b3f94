package org.luoshi.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    @Test
    void anAddressIsThrottledAfterItsBudgetOfFailures() {
        LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(10));
        throttle.failed("10.0.0.1");
        throttle.failed("10.0.0.1");
        assertThat(throttle.exhausted("10.0.0.1")).isFalse();
        throttle.failed("10.0.0.1");
        assertThat(throttle.exhausted("10.0.0.1")).isTrue();
    }

    @Test
    void otherAddressesAreNotThrottled() {
        LoginThrottle throttle = new LoginThrottle(1, Duration.ofMinutes(10));
        throttle.failed("10.0.0.1");
        assertThat(throttle.exhausted("10.0.0.2")).isFalse();
    }
}
