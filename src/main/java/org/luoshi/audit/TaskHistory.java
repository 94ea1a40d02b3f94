package org.luoshi.audit;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit entries that concern one task, newest first: those written about the task itself (overrides set and
 * cleared), those about its progress reports (saved, submitted, approved, returned, accepted, urged, evidence
 * attached or removed) and the imports of documents into its plan (the import is audited once per document, for
 * the plan; each one matched and possibly updated the plan's tasks). Scoped like {@link AuditQueries}.
 */
@Service
@Transactional(readOnly = true)
public class TaskHistory {

    /** At most this many entries are shown; a task gathers a few dozen in a year. */
    static final int LIMIT = 500;

    /** One entry, with the actor's display name when the actor is a known user (else the stored actor). */
    public record Entry(
            long id,
            OffsetDateTime occurredAt,
            String actor,
            String actorName,
            String action,
            String entity,
            String entityId,
            String detail) {}

    private static final String COLUMNS = """
            select a.id, a.occurred_at, a.actor, a.action, a.entity, a.entity_id, a.detail from audit_event a
            """;
    private static final String SCOPED = " and (:all or a.government_id in (:govs)) ";

    private record Row(
            long id,
            OffsetDateTime occurredAt,
            String actor,
            String action,
            String entity,
            String entityId,
            String detail) {}

    private final JdbcClient jdbc;
    private final ObjectProvider<ActorNames> names;

    TaskHistory(JdbcClient jdbc, ObjectProvider<ActorNames> names) {
        this.jdbc = jdbc;
        this.names = names;
    }

    /**
     * @param planId    the task's plan, whose imports are listed
     * @param reportIds the task's progress reports whose entries are listed (a reporter or approver passes its own
     *                  unit's, not those of the task's other lead units)
     */
    public List<Entry> forTask(
            long taskId, long planId, Collection<Long> reportIds, boolean all, List<Long> governmentIds) {
        List<Row> rows = jdbc.sql(COLUMNS + "where a.entity = 'task' and a.entity_id = :taskKey" + SCOPED
                        + " union all " + COLUMNS + "where a.entity = 'progress_report' and a.entity_id in (:reports)"
                        + SCOPED + " union all " + COLUMNS
                        + "where a.entity = 'plan' and a.action = 'plan.import' and a.entity_id = :planKey" + SCOPED
                        + " order by 2 desc, 1 desc limit :limit")
                .param("taskKey", Long.toString(taskId))
                .param("planKey", Long.toString(planId))
                .param(
                        "reports",
                        reportIds.isEmpty()
                                ? List.of("")
                                : reportIds.stream().map(String::valueOf).toList())
                .param("all", all)
                .param("govs", governmentIds.isEmpty() ? List.of(-1L) : governmentIds)
                .param("limit", LIMIT)
                .query(Row.class)
                .list();
        Map<String, String> display = names.getIfAvailable(() -> actors -> Map.of())
                .displayNames(rows.stream().map(Row::actor).distinct().toList());
        return rows.stream()
                .map(r -> new Entry(
                        r.id(),
                        r.occurredAt(),
                        r.actor(),
                        display.getOrDefault(r.actor(), r.actor()),
                        r.action(),
                        r.entity(),
                        r.entityId(),
                        r.detail()))
                .toList();
    }
}
