package org.luoshi.account;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.luoshi.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per account in the database (so every app instance agrees) and locks the account for a
 * while after too many in a row; a success resets the count and records the login time. Failures also drain the
 * client address's {@link LoginThrottle} bucket.
 */
@Component
class LoginAttempts {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail audit;
    private final LoginThrottle throttle;
    private final int maxFailures;
    private final Duration lockout;

    LoginAttempts(
            JdbcClient jdbc,
            Clock clock,
            AuditTrail audit,
            LoginThrottle throttle,
            @Value("${luoshi.login.max-failures:5}") int maxFailures,
            @Value("${luoshi.login.lockout:15m}") Duration lockout) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.throttle = throttle;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    @EventListener
    @Transactional
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
            throttle.failed(details.getRemoteAddress());
        }
        String username = event.getAuthentication().getName();
        record Account(int failedLogins, Long governmentId) {}
        var account = jdbc.sql("select failed_logins, government_id from app_user where username = :u")
                .param("u", username)
                .query(Account.class)
                .optional();
        if (account.isEmpty()) {
            return;
        }
        int failures = account.get().failedLogins() + 1;
        if (failures >= maxFailures) {
            OffsetDateTime until = OffsetDateTime.now(clock).plus(lockout);
            jdbc.sql("update app_user set failed_logins = 0, locked_until = :until where username = :u")
                    .param("until", until)
                    .param("u", username)
                    .update();
            audit.record(
                    account.get().governmentId(),
                    username,
                    "user.lock",
                    "user",
                    username,
                    failures + " failed logins; locked until " + until);
        } else {
            jdbc.sql("update app_user set failed_logins = :n where username = :u")
                    .param("n", failures)
                    .param("u", username)
                    .update();
        }
    }

    @EventListener
    @Transactional
    public void succeeded(AuthenticationSuccessEvent event) {
        jdbc.sql("""
                        update app_user set failed_logins = 0, locked_until = null, previous_login_at = last_login_at,
                               last_login_at = :now where username = :u""")
                .param("now", OffsetDateTime.now(clock))
                .param("u", event.getAuthentication().getName())
                .update();
    }
}
