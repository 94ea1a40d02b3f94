package org.luoshi.reminder;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.luoshi.DomainException;
import org.luoshi.DomainException.Kind;
import org.luoshi.account.LuoshiUser;
import org.luoshi.audit.AuditTrail;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A government's notification channels, managed by its office, and the deliveries they owe: each notification of a
 * kind that concerns the work (not a login alert) becomes one pending delivery per channel of its government, sent
 * by {@link ChannelDelivery}.
 */
@Service
public class Channels {

    /** A channel as the office lists it; the secret is never shown again. */
    public record ChannelView(long id, long governmentId, String kind, String name, String url, boolean signed) {}

    /** A delivery that gave up, for the office to see. */
    public record FailedDelivery(
            long id,
            String channelName,
            String username,
            String message,
            int attempts,
            String lastError,
            OffsetDateTime createdAt) {}

    /** Kinds of notification that go to the channels. */
    static final Set<String> KINDS = Set.of("reminder", "overdue", "urge", "returned", "accepted");

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final MeterRegistry meters;

    Channels(JdbcClient jdbc, AuditTrail audit, Clock clock, ObjectProvider<MeterRegistry> meters) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.meters = meters.getIfAvailable(SimpleMeterRegistry::new);
    }

    @Transactional
    public long add(LuoshiUser by, long governmentId, ChannelKind kind, String name, String url, String secret) {
        requireOffice(by, governmentId);
        if (kind == null) {
            throw DomainException.of(Kind.BAD_INPUT, "channel.kind");
        }
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 100) {
            throw DomainException.of(Kind.BAD_INPUT, "channel.name");
        }
        String u = url == null ? "" : url.strip();
        if (!(u.startsWith("https://") || u.startsWith("http://")) || u.length() > 1000) {
            throw DomainException.of(Kind.BAD_INPUT, "channel.url");
        }
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into notification_channel (government_id, kind, name, url, secret, created_at, created_by)
                        values (:g, :k, :n, :u, :s, :now, :by)""")
                .param("g", governmentId)
                .param("k", kind.name())
                .param("n", n)
                .param("u", u)
                .param("s", secret == null || secret.isBlank() ? null : secret.strip())
                .param("now", OffsetDateTime.now(clock))
                .param("by", by.getUsername())
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        audit.record(
                governmentId,
                by.getUsername(),
                "channel.add",
                "notification_channel",
                String.valueOf(id),
                kind + " " + n);
        return id;
    }

    @Transactional
    public void remove(LuoshiUser by, long id) {
        Long government = jdbc.sql("select government_id from notification_channel where id = :id")
                .param("id", id)
                .query(Long.class)
                .optional()
                .filter(g -> by.runsOfficeOf(g))
                .orElseThrow(() -> DomainException.of(Kind.NOT_FOUND, "channel.not-found", id));
        jdbc.sql("delete from notification_channel where id = :id")
                .param("id", id)
                .update();
        audit.record(government, by.getUsername(), "channel.remove", "notification_channel", String.valueOf(id), "");
    }

    public List<ChannelView> of(LuoshiUser by, long governmentId) {
        requireOffice(by, governmentId);
        return jdbc.sql("""
                        select id, government_id, kind, name, url, secret is not null as signed
                        from notification_channel where government_id = :g order by id""").param("g", governmentId).query(ChannelView.class).list();
    }

    public List<FailedDelivery> failures(LuoshiUser by, long governmentId) {
        requireOffice(by, governmentId);
        return jdbc.sql("""
                        select d.id, c.name as channel_name, d.username, d.message, d.attempts, d.last_error, d.created_at
                        from notification_delivery d join notification_channel c on c.id = d.channel_id
                        where d.government_id = :g and d.state = 'failed'
                        order by d.created_at desc fetch first 100 rows only""")
                .param("g", governmentId)
                .query(FailedDelivery.class)
                .list();
    }

    /**
     * After the notification committed: one delivery per channel of its government. The unique (channel, key) makes
     * a replayed event (the registry re-submits an incomplete one at start) or a second instance a no-op.
     */
    @ApplicationModuleListener
    void on(NotificationCreated created) {
        record Stored(String dedupKey, String kind) {}
        jdbc.sql("""
                        select dedup_key, kind from notification
                        where username = :u and message = :m order by id desc fetch first 1 rows only""")
                .param("u", created.username())
                .param("m", created.message())
                .query(Stored.class)
                .optional()
                .map(n -> {
                    // reminders, overdue notices, 催办, returns, acceptances and login alerts sent, by kind
                    meters.counter("luoshi.notifications", "kind", n.kind()).increment();
                    return n;
                })
                .filter(n -> KINDS.contains(n.kind()))
                .ifPresent(n -> enqueue(created, n.dedupKey(), n.kind()));
    }

    private void enqueue(NotificationCreated created, String key, String kind) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Long> channels = jdbc.sql("select id from notification_channel where government_id = :g")
                .param("g", created.governmentId())
                .query(Long.class)
                .list();
        for (long channel : channels) {
            try {
                jdbc.sql("""
                                insert into notification_delivery (channel_id, government_id, dedup_key, kind, username,
                                    message, state, attempts, next_attempt_at, created_at)
                                values (:c, :g, :k, :kind, :u, :m, 'pending', 0, :now, :now)""")
                        .param("c", channel)
                        .param("g", created.governmentId())
                        .param("k", key)
                        .param("kind", kind)
                        .param("u", created.username())
                        .param("m", created.message())
                        .param("now", now)
                        .update();
            } catch (DuplicateKeyException alreadyOwed) {
                // delivered or owed already: once per channel
            }
        }
    }

    private static void requireOffice(LuoshiUser by, long governmentId) {
        if (!by.runsOfficeOf(governmentId)) {
            throw new AccessDeniedException("the office of the government only");
        }
    }
}
