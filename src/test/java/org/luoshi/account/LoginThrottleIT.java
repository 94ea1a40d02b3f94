package org.luoshi.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.luoshi.audit.AuditTrail;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.PlatformTransactionManager;

/** The per-address count, on the real database, with a threshold of 3 (the shared test context has a huge one). */
@IntegrationTest
class LoginThrottleIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditTrail audit;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    LoginAttempts attempts() {
        return new LoginAttempts(
                jdbc,
                Clock.systemUTC(),
                audit,
                events,
                transactions,
                5,
                3,
                Duration.ofMinutes(1),
                Duration.ofMinutes(15),
                Duration.ofHours(1));
    }

    static AuthenticationFailureBadCredentialsEvent failure(String username, String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(username, "guess");
        token.setDetails(new WebAuthenticationDetails(address, null));
        return new AuthenticationFailureBadCredentialsEvent(token, new BadCredentialsException("bad"));
    }

    @Test
    void anAddressThatGuessesManyNamesWaitsWhateverNameItTriesNext() {
        LoginAttempts attempts = attempts();
        for (int i = 0; i < 3; i++) {
            attempts.failed(failure("nobody-" + i, "203.0.113.7"));
        }

        assertThat(attempts.waitFor("anyone", "203.0.113.7", false)).isPositive();
        assertThat(attempts.waitFor("anyone", "198.51.100.4", false)).isZero();
        // Unknown names are not stored one by one: only the address is.
        assertThat(jdbc.sql("select count(*) from login_throttle where throttle_key like 'nobody-%'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void theAccountsOwnerOnAKnownDeviceDoesNotWaitEvenFromABusyAddress() {
        LoginAttempts attempts = attempts();
        for (int i = 0; i < 3; i++) {
            attempts.failed(failure("stranger-" + i, "203.0.113.8"));
        }

        assertThat(attempts.waitFor("owner", "203.0.113.8", true)).isZero();
    }
}
