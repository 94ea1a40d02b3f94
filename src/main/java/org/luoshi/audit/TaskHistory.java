package org.luoshi.audit;

import java.time.OffsetDateTime;
import java.util.List;
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
            select a.id, a.occurred_at, a.actor, coalesce(u.display_name, a.actor) as actor_name, a.action, a.entity,
                   a.entity_id, a.detail
            from audit_event a left join app_user u on u.username = a.actor
            """;
    private static final String SCOPED = " and (:all or a.government_id in (:govs)) ";

    private final JdbcClient jdbc;

    TaskHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param reportUnit when not null, only the progress reports of this unit are included (a reporter or approver
     *                   sees its own unit's reports, not those of the task's other lead units)
     */
    public List<Entry> forTask(long taskId, boolean all, List<Long> governmentIds, Long reportUnit) {
        return jdbc.sql(COLUMNS + "where a.entity = 'task' and a.entity_id = :taskKey" + SCOPED
                        + " union all " + COLUMNS + """
                        where a.entity = 'progress_report' and a.entity_id in
                              (select cast(r.id as varchar(60)) from progress_report r where r.task_id = :task
                               and (:anyUnit or r.unit_id = :unit))""" + SCOPED
                        + " union all " + COLUMNS + """
                        where a.entity = 'plan' and a.action = 'plan.import' and a.entity_id =
                              (select cast(t.plan_id as varchar(60)) from task t where t.id = :task)""" + SCOPED
                        + " order by 2 desc, 1 desc limit :limit")
                .param("taskKey", Long.toString(taskId))
                .param("task", taskId)
                .param("all", all)
                .param("govs", governmentIds.isEmpty() ? List.of(-1L) : governmentIds)
                .param("anyUnit", reportUnit == null)
                .param("unit", reportUnit == null ? -1L : reportUnit)
                .param("limit", LIMIT)
                .query(Entry.class)
                .list();
    }
}
