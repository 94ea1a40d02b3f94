package org.luoshi.plan;

import java.util.List;
import org.luoshi.DomainException;
import org.luoshi.DomainException.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rows an edit by hand reads and writes: a task found within the caller's scope, its version moved on only
 * when it is still the one the user saw (optimistic locking), its units replaced.
 */
@Repository
class EditedTasks {

    /** A task as an edit finds it. */
    record Row(
            long id,
            long governmentId,
            long planId,
            int version,
            String state,
            String number,
            int seq,
            String content,
            String category,
            String leader,
            String deadline) {

        TaskState taskState() {
            return TaskState.fromCode(state);
        }
    }

    private final JdbcClient jdbc;
    private final List<TaskReferences> references;

    EditedTasks(JdbcClient jdbc, List<TaskReferences> references) {
        this.jdbc = jdbc;
        this.references = references;
    }

    /** Whether anything was reported on the task: its progress, or another module's records of it. */
    boolean hasProgress(long taskId) {
        int progress = jdbc.sql("select count(*) from progress_entry where task_id = :task")
                .param("task", taskId)
                .query(Integer.class)
                .single();
        return progress > 0 || references.stream().anyMatch(r -> r.count(taskId) > 0);
    }

    /** The task if the scope sees it, else "not found" (a task of another government is not told apart). */
    Row find(long taskId, Scope scope) {
        return jdbc.sql("""
                        select id, government_id, plan_id, version, state, number, seq, content, category, leader, deadline
                        from task where id = :id and (:all or government_id in (:govs))""")
                .param("id", taskId)
                .param("all", scope.all())
                .param("govs", scope.sqlIds())
                .query(Row.class)
                .optional()
                .orElseThrow(() -> DomainException.of(Kind.NOT_FOUND, "edit.task.notFound", taskId));
    }

    /** The task, active and at the version the user saw; else a conflict that keeps what the user typed. */
    Row active(long taskId, int version, Scope scope) {
        Row row = find(taskId, scope);
        if (row.version() != version) {
            throw DomainException.of(Kind.CONFLICT, "edit.task.stale", row.number(), version, row.version());
        }
        if (row.taskState() != TaskState.ACTIVE) {
            throw DomainException.of(Kind.CONFLICT, "edit.task.notActive", row.number());
        }
        return row;
    }

    /**
     * Moves the version on from {@code version}; another edit committed in between refuses this one. The update's
     * row lock makes two concurrent edits of the same version take turns, and the second finds the version moved.
     */
    int bump(long taskId, int version) {
        int updated = jdbc.sql("update task set version = version + 1 where id = :id and version = :version")
                .param("id", taskId)
                .param("version", version)
                .update();
        if (updated == 0) {
            throw DomainException.of(Kind.CONFLICT, "edit.task.stale", String.valueOf(taskId), version, "?");
        }
        return version + 1;
    }

    /** The plan's id and government if the scope sees it. */
    record PlanRef(long id, long governmentId, int planYear) {}

    PlanRef plan(long planId, Scope scope) {
        return jdbc.sql("""
                        select id, government_id, plan_year from plan
                        where id = :id and (:all or government_id in (:govs))""")
                .param("id", planId)
                .param("all", scope.all())
                .param("govs", scope.sqlIds())
                .query(PlanRef.class)
                .optional()
                .orElseThrow(() -> DomainException.of(Kind.NOT_FOUND, "edit.plan.notFound", planId));
    }

    /** Refuses a unit that is not one of the government's. */
    void requireUnitsOf(long governmentId, List<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return;
        }
        int own = jdbc.sql("select count(*) from unit where government_id = :gov and id in (:ids)")
                .param("gov", governmentId)
                .param("ids", unitIds)
                .query(Integer.class)
                .single();
        if (own != unitIds.size()) {
            throw DomainException.of(Kind.BAD_INPUT, "edit.unit.foreign");
        }
    }

    List<String> unitNames(long taskId, String role) {
        return jdbc.sql("""
                        select u.name from task_unit tu join unit u on u.id = tu.unit_id
                        where tu.task_id = :task and tu.role = :role order by tu.seq""")
                .param("task", taskId)
                .param("role", role)
                .query(String.class)
                .list();
    }

    List<String> unitNames(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var byId = new java.util.HashMap<Long, String>();
        jdbc.sql("select id, name from unit where id in (:ids)")
                .param("ids", ids)
                .query((rs, i) -> byId.put(rs.getLong(1), rs.getString(2)))
                .list();
        return ids.stream().map(byId::get).toList();
    }

    void writeUnits(long governmentId, long taskId, TaskDraft draft) {
        jdbc.sql("delete from task_unit where task_id = :task")
                .param("task", taskId)
                .update();
        int seq = 0;
        for (Long unit : draft.leadUnits()) {
            insertUnit(governmentId, taskId, "lead", seq++, unit);
        }
        for (Long unit : draft.coUnits()) {
            insertUnit(governmentId, taskId, "co", seq++, unit);
        }
    }

    private void insertUnit(long governmentId, long taskId, String role, int seq, long unit) {
        jdbc.sql(
                        "insert into task_unit (task_id, government_id, role, seq, unit_id) values (:task, :gov, :role, :seq, :unit)")
                .param("task", taskId)
                .param("gov", governmentId)
                .param("role", role)
                .param("seq", seq)
                .param("unit", unit)
                .update();
    }

    /** Other active tasks of the plan printed with the same number ("duplicate number, allowed with a notice"). */
    boolean numberTaken(long planId, String number, long exceptTask) {
        return !number.isEmpty()
                && jdbc.sql("""
                                select count(*) from task where plan_id = :plan and number = :number and id <> :except
                                and state = 'active'""")
                                .param("plan", planId)
                                .param("number", number)
                                .param("except", exceptTask)
                                .query(Integer.class)
                                .single()
                        > 0;
    }

    List<Long> idsInOrder(long planId) {
        return jdbc.sql("select id from task where plan_id = :plan order by seq")
                .param("plan", planId)
                .query(Long.class)
                .list();
    }

    /** Numbers the plan's tasks 1, 2, 3 … in the given order; in two passes, since (plan, seq) is unique. */
    void renumber(long planId, List<Long> order) {
        jdbc.sql("update task set seq = -seq - 1 where plan_id = :plan")
                .param("plan", planId)
                .update();
        int seq = 1;
        for (Long id : order) {
            jdbc.sql("update task set seq = :seq where id = :id")
                    .param("seq", seq++)
                    .param("id", id)
                    .update();
        }
    }
}
