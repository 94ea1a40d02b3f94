package org.luoshi.supervision;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores {@link TaskReceipt}s and the plan's issue; {@code version} guards concurrent changes. */
@Repository
class Receipts {

    private static final String COLUMNS =
            "id, government_id, plan_id, task_id, unit_id, version, state, remark, acted_by, acted_at";

    private final JdbcClient jdbc;

    Receipts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean issued(long planId) {
        return jdbc.sql("select count(*) from plan_issue where plan_id = :p")
                        .param("p", planId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    void markIssued(long planId, long governmentId, String by, OffsetDateTime now) {
        jdbc.sql("""
                insert into plan_issue (plan_id, government_id, issued_by, issued_at)
                values (:p, :g, :by, :at)""")
                .param("p", planId)
                .param("g", governmentId)
                .param("by", by)
                .param("at", now)
                .update();
    }

    void insert(TaskReceipt r, OffsetDateTime now) {
        jdbc.sql("""
                insert into task_receipt (government_id, plan_id, task_id, unit_id, state, created_at)
                values (:g, :p, :t, :u, :s, :at)""")
                .param("g", r.governmentId())
                .param("p", r.planId())
                .param("t", r.taskId())
                .param("u", r.unitId())
                .param("s", r.state().code())
                .param("at", now)
                .update();
    }

    Optional<TaskReceipt> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from task_receipt where id = :id")
                .param("id", id)
                .query((rs, n) -> row(rs))
                .optional();
    }

    /** The receipts of one unit in a plan, in id order (the order the tasks were issued in). */
    List<TaskReceipt> ofUnit(long planId, long unitId) {
        return jdbc.sql("select " + COLUMNS + " from task_receipt where plan_id = :p and unit_id = :u order by id")
                .param("p", planId)
                .param("u", unitId)
                .query((rs, n) -> row(rs))
                .list();
    }

    void update(TaskReceipt r) {
        int n = jdbc.sql("""
                        update task_receipt set state = :s, remark = :remark, acted_by = :by, acted_at = :at,
                               version = version + 1
                        where id = :id and version = :v""")
                .param("s", r.state().code())
                .param("remark", r.remark())
                .param("by", r.actedBy())
                .param("at", r.actedAt())
                .param("id", r.id())
                .param("v", r.version())
                .update();
        if (n == 0) {
            throw SupervisionException.stale();
        }
    }

    private static TaskReceipt row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new TaskReceipt(
                rs.getLong("id"),
                rs.getLong("government_id"),
                rs.getLong("plan_id"),
                rs.getLong("task_id"),
                rs.getLong("unit_id"),
                rs.getInt("version"),
                TaskReceipt.State.of(rs.getString("state")),
                rs.getString("remark"),
                rs.getString("acted_by"),
                rs.getObject("acted_at", OffsetDateTime.class));
    }
}
