package org.luoshi.account;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.luoshi.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Failed logins, counted per account and per client address in the database (so that every instance agrees).
 * Below a threshold nothing happens; from it on each failure doubles the wait before the next attempt ({@code luoshi.login.first-delay}, twice
 * that, four times … at most {@code luoshi.login.max-delay}): a guesser slows to a crawl, yet nobody is locked out for good, and
 * the owner's known device ({@link KnownDevices}) is never made to wait. A run of failures is forgotten after a
 * quiet {@code luoshi.login.window}; a success ends the account's run. The administrators are alerted when an
 * account starts being delayed ({@link AccountUnderAttack}).
 */
@Component
class LoginAttempts {

    enum Kind {
        ACCOUNT,
        ADDRESS;

        String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private record Counter(
            int failures, OffsetDateTime firstFailureAt, OffsetDateTime lastFailureAt, OffsetDateTime blockedUntil) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate own;
    private final int accountThreshold;
    private final int addressThreshold;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final Duration window;

    LoginAttempts(
            JdbcClient jdbc,
            Clock clock,
            AuditTrail audit,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions,
            @Value("${luoshi.login.max-failures:5}") int accountThreshold,
            @Value("${luoshi.login.throttle.failures:20}") int addressThreshold,
            @Value("${luoshi.login.first-delay:1s}") Duration firstDelay,
            @Value("${luoshi.login.max-delay:15m}") Duration maxDelay,
            @Value("${luoshi.login.window:1h}") Duration window) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.events = events;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.accountThreshold = accountThreshold;
        this.addressThreshold = addressThreshold;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.window = window;
    }

    /** The wait after {@code failures} failures in a row: none below the threshold, then {@code first} doubling to the cap. */
    static Duration delay(int failures, int threshold, Duration first, Duration max) {
        if (failures < threshold) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - threshold, 30);
        Duration d = first.multipliedBy(1L << doublings);
        return d.compareTo(max) > 0 ? max : d;
    }

    /** How long this attempt must wait before it is even checked; zero when it may go ahead. */
    Duration waitFor(String username, String address, boolean knownDevice) {
        if (knownDevice) {
            return Duration.ZERO;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Duration wait = Duration.ZERO;
        for (var pair : new Object[][] {{Kind.ACCOUNT, username}, {Kind.ADDRESS, address}}) {
            if (pair[1] == null) {
                continue;
            }
            Optional<OffsetDateTime> until = jdbc.sql(
                            "select blocked_until from login_throttle where kind = :kind and throttle_key = :key")
                    .param("kind", ((Kind) pair[0]).code())
                    .param("key", key((String) pair[1]))
                    .query(OffsetDateTime.class)
                    .optional();
            if (until.isPresent() && until.get() != null && until.get().isAfter(now)) {
                Duration left = Duration.between(now, until.get());
                wait = left.compareTo(wait) > 0 ? left : wait;
            }
        }
        return wait;
    }

    @EventListener
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        String address = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
        if (address != null) {
            count(Kind.ADDRESS, address, addressThreshold);
        }
        String username = event.getAuthentication().getName();
        record Account(Long governmentId) {}
        var account = jdbc.sql("select government_id from app_user where username = :u")
                .param("u", username)
                .query(Account.class)
                .optional();
        if (account.isEmpty()) {
            // Unknown names are not counted one by one (a guesser would fill the table); the address still is.
            return;
        }
        Counter c = count(Kind.ACCOUNT, username, accountThreshold);
        if (c.failures() == accountThreshold) {
            audit.record(
                    account.get().governmentId(),
                    username,
                    "user.throttle",
                    "user",
                    username,
                    c.failures() + " failed logins, the last from " + address + "; further attempts are delayed");
            events.publishEvent(new AccountUnderAttack(
                    username, account.get().governmentId(), c.failures(), address, c.firstFailureAt()));
        }
    }

    @EventListener
    public void succeeded(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        own.executeWithoutResult(t -> {
            jdbc.sql("delete from login_throttle where kind = 'account' and throttle_key = :key")
                    .param("key", key(username))
                    .update();
            jdbc.sql("""
                            update app_user set failed_logins = 0, previous_login_at = last_login_at,
                                   last_login_at = :now where username = :u""")
                    .param("now", OffsetDateTime.now(clock))
                    .param("u", username)
                    .update();
        });
    }

    /** Forgets the account's failures (the administrator's unlock). */
    void clear(String username) {
        jdbc.sql("delete from login_throttle where kind = 'account' and throttle_key = :key")
                .param("key", key(username))
                .update();
    }

    /** Runs of failures that went quiet are forgotten; the table holds only current ones. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @SchedulerLock(name = "login-throttle-purge")
    void purge() {
        own.executeWithoutResult(t -> jdbc.sql("delete from login_throttle where last_failure_at < :before")
                .param("before", OffsetDateTime.now(clock).minus(window).minus(maxDelay))
                .update());
    }

    /** Adds a failure to a counter (a new run when the last one went quiet) and sets its wait; atomic per row. */
    private Counter count(Kind kind, String rawKey, int threshold) {
        String k = key(rawKey);
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (int attempt = 0; ; attempt++) {
            try {
                return own.execute(t -> {
                    Optional<Counter> current = jdbc.sql("""
                                    select failures, first_failure_at, last_failure_at, blocked_until from login_throttle
                                    where kind = :kind and throttle_key = :key for update""")
                            .param("kind", kind.code())
                            .param("key", k)
                            .query(Counter.class)
                            .optional();
                    boolean fresh = current.isEmpty()
                            || current.get().lastFailureAt().plus(window).isBefore(now);
                    int failures = fresh ? 1 : current.get().failures() + 1;
                    OffsetDateTime first = fresh ? now : current.get().firstFailureAt();
                    Duration wait = delay(failures, threshold, firstDelay, maxDelay);
                    OffsetDateTime until = wait.isZero() ? null : now.plus(wait);
                    if (current.isEmpty()) {
                        jdbc.sql("""
                                        insert into login_throttle (kind, throttle_key, failures, first_failure_at,
                                                                    last_failure_at, blocked_until)
                                        values (:kind, :key, :n, :first, :now, :until)""")
                                .param("kind", kind.code())
                                .param("key", k)
                                .param("n", failures)
                                .param("first", first)
                                .param("now", now)
                                .param("until", until)
                                .update();
                    } else {
                        jdbc.sql("""
                                        update login_throttle set failures = :n, first_failure_at = :first,
                                               last_failure_at = :now, blocked_until = :until
                                        where kind = :kind and throttle_key = :key""")
                                .param("kind", kind.code())
                                .param("key", k)
                                .param("n", failures)
                                .param("first", first)
                                .param("now", now)
                                .param("until", until)
                                .update();
                    }
                    return new Counter(failures, first, now, until);
                });
            } catch (DuplicateKeyException raced) {
                if (attempt > 2) {
                    throw raced;
                }
                // Another instance counted this key's first failure at the same moment: count on its row.
            }
        }
    }

    private static String key(String s) {
        return s.length() > 100 ? s.substring(0, 100) : s;
    }
}
