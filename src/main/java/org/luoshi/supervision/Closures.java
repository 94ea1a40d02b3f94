package org.luoshi.supervision;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores {@link TaskClosure}s, one per task; {@code version} guards concurrent decisions. */
@Repository
class Closures {

    private static final String COLUMNS = """
            id, government_id, plan_id, task_id, unit_id, version, state, report, evidence, reason, declared_by,
            declared_at, decided_by, decided_at, closed_on""";

    private final JdbcClient jdbc;

    Closures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<TaskClosure> ofTask(long taskId) {
        return jdbc.sql("select " + COLUMNS + " from task_closure where task_id = :t")
                .param("t", taskId)
                .query((rs, n) -> row(rs))
                .optional();
    }

    void insert(TaskClosure c) {
        jdbc.sql("""
                insert into task_closure (government_id, plan_id, task_id, unit_id, state, report, evidence,
                                          declared_by, declared_at)
                values (:g, :p, :t, :u, :s, :report, :evidence, :by, :at)""")
                .param("g", c.governmentId())
                .param("p", c.planId())
                .param("t", c.taskId())
                .param("u", c.unitId())
                .param("s", c.state().code())
                .param("report", c.report())
                .param("evidence", c.evidence())
                .param("by", c.declaredBy())
                .param("at", c.declaredAt())
                .update();
    }

    void update(TaskClosure c) {
        int n = jdbc.sql("""
                        update task_closure set state = :s, report = :report, evidence = :evidence, reason = :reason,
                               unit_id = :u, declared_by = :dby, declared_at = :dat, decided_by = :by,
                               decided_at = :at, closed_on = :on, version = version + 1
                        where id = :id and version = :v""")
                .param("s", c.state().code())
                .param("report", c.report())
                .param("evidence", c.evidence())
                .param("reason", c.reason())
                .param("u", c.unitId())
                .param("dby", c.declaredBy())
                .param("dat", c.declaredAt())
                .param("by", c.decidedBy())
                .param("at", c.decidedAt())
                .param("on", c.closedOn())
                .param("id", c.id())
                .param("v", c.version())
                .update();
        if (n == 0) {
            throw SupervisionException.stale();
        }
    }

    private static TaskClosure row(java.sql.ResultSet rs) throws java.sql.SQLException {
        TaskClosure c = new TaskClosure(
                rs.getLong("id"),
                rs.getLong("government_id"),
                rs.getLong("plan_id"),
                rs.getLong("task_id"),
                rs.getLong("unit_id"),
                rs.getInt("version"),
                TaskClosure.State.of(rs.getString("state")),
                rs.getString("report"),
                rs.getString("evidence"),
                rs.getString("reason"));
        c.restoreTimes(
                rs.getString("declared_by"),
                rs.getObject("declared_at", OffsetDateTime.class),
                rs.getString("decided_by"),
                rs.getObject("decided_at", OffsetDateTime.class),
                rs.getObject("closed_on", LocalDate.class));
        return c;
    }
}
