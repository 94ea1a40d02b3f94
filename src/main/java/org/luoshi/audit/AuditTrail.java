package org.luoshi.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Appends audit entries; it never updates or deletes one. */
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
    public void record(Long governmentId, String actor, String action, String entity, String entityId, String detail) {
        jdbc.sql("""
                insert into audit_event (government_id, occurred_at, actor, action, entity, entity_id, detail)
                values (:gov, :at, :actor, :action, :entity, :entityId, :detail)""")
                .param("gov", governmentId)
                .param("at", OffsetDateTime.now(clock))
                .param("actor", actor)
                .param("action", action)
                .param("entity", entity)
                .param("entityId", entityId == null ? "" : entityId)
                .param("detail", detail == null ? "" : detail)
                .update();
    }
}
