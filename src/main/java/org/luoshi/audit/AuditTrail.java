package org.luoshi.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends audit entries; it never updates or deletes one. Each entry carries the hash of the entry before it
 * ({@link AuditChain}), so a removed or altered entry breaks the chain; the single row of {@code audit_head},
 * locked while an entry is written, keeps concurrent writers in one line.
 */
@Component
public class AuditTrail {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * @param governmentId null for system-wide events
     * @param action       dotted verb ("plan.import")
     * @param detail       what changed, short and human-readable
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(Long governmentId, String actor, String action, String entity, String entityId, String detail) {
        // Millisecond precision survives every database's timestamp type, so the hash can be recomputed.
        OffsetDateTime at = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        AuditEntry entry = new AuditEntry(
                0,
                governmentId,
                at,
                actor,
                action,
                entity,
                entityId == null ? "" : entityId,
                detail == null ? "" : clip(detail),
                null,
                null);
        String previous = jdbc.sql("select last_hash from audit_head where id = 1 for update")
                .query(String.class)
                .single();
        String hash = AuditChain.hash(previous, entry);
        jdbc.sql("""
                insert into audit_event (government_id, occurred_at, actor, action, entity, entity_id, detail, prev_hash, entry_hash)
                values (:gov, :at, :actor, :action, :entity, :entityId, :detail, :prev, :hash)""")
                .param("gov", governmentId)
                .param("at", at)
                .param("actor", entry.actor())
                .param("action", entry.action())
                .param("entity", entry.entity())
                .param("entityId", entry.entityId())
                .param("detail", entry.detail())
                .param("prev", previous)
                .param("hash", hash)
                .update();
        jdbc.sql("update audit_head set last_hash = :hash where id = 1")
                .param("hash", hash)
                .update();
    }

    private static String clip(String s) {
        return s.length() > 10_000 ? s.substring(0, 10_000) : s;
    }
}
