package org.luoshi.reminder;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-app notifications. A notification's key is unique, so the same reminder is stored once however often (or
 * on however many instances) it is sent, and e-mailed once too when SMTP is configured ({@link MailOut}, after the notification commits).
 */
@Service
public class Notifications {

    /** One notification as the user sees it. */
    public record NotificationView(
            long id, String kind, Long reportId, String message, OffsetDateTime createdAt, OffsetDateTime readAt) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Notifications(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** @return false when a notification with this key exists already */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean sendOnce(
            Long governmentId, String username, String kind, Long reportId, String message, String key) {
        int exists = jdbc.sql("select count(*) from notification where dedup_key = :k")
                .param("k", key)
                .query(Integer.class)
                .single();
        if (exists > 0) {
            return false;
        }
        try {
            jdbc.sql("""
                            insert into notification (government_id, username, kind, report_id, message, dedup_key, created_at)
                            values (:gov, :user, :kind, :report, :message, :key, :at)""")
                    .param("gov", governmentId)
                    .param("user", username)
                    .param("kind", kind)
                    .param("report", reportId)
                    .param("message", message)
                    .param("key", key)
                    .param("at", OffsetDateTime.now(clock))
                    .update();
            events.publishEvent(new NotificationCreated(governmentId, username, message));
            return true;
        } catch (DuplicateKeyException raced) {
            return false;
        }
    }

    @Transactional(readOnly = true)
    public List<NotificationView> of(String username, int limit) {
        return jdbc.sql("""
                        select id, kind, report_id, message, created_at, read_at from notification
                        where username = :u order by id desc fetch first :n rows only""")
                .param("u", username)
                .param("n", limit)
                .query(NotificationView.class)
                .list();
    }

    /** How many notifications were sent about each report (reports without any are absent). */
    @Transactional(readOnly = true)
    public Map<Long, Integer> countByReport(Collection<Long> reportIds) {
        Map<Long, Integer> counts = new HashMap<>();
        List<Long> ids = List.copyOf(reportIds);
        for (int i = 0; i < ids.size(); i += 1000) {
            jdbc.sql("select report_id, count(*) from notification where report_id in (:ids) group by report_id")
                    .param("ids", ids.subList(i, Math.min(ids.size(), i + 1000)))
                    .query((rs, n) -> counts.put(rs.getLong(1), rs.getInt(2)))
                    .list();
        }
        return counts;
    }

    @Transactional(readOnly = true)
    public int unread(String username) {
        return jdbc.sql("select count(*) from notification where username = :u and read_at is null")
                .param("u", username)
                .query(Integer.class)
                .single();
    }

    @Transactional
    public void markAllRead(String username) {
        jdbc.sql("update notification set read_at = :now where username = :u and read_at is null")
                .param("now", OffsetDateTime.now(clock))
                .param("u", username)
                .update();
    }
}
