package org.luoshi.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.luoshi.plan.PlanViews.UnitView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The read side of editing: a task as its form shows it, with version, state, unit ids and targets with ids. */
@Service
@Transactional(readOnly = true)
public class PlanEdits {

    /** A target as the edit form shows it; {@code proposal} is what the reader had read, when changed by hand. */
    public record TargetRow(
            long id,
            String text,
            String metric,
            String kind,
            BigDecimal value,
            BigDecimal magnitude,
            String unit,
            String comparator,
            String proposal) {}

    /** A task as its edit form shows it. */
    public record TaskForm(
            long id,
            long planId,
            long governmentId,
            int version,
            String state,
            String stateReason,
            Long mergedInto,
            String number,
            int seq,
            String content,
            String category,
            String leader,
            String deadline,
            List<UnitView> leadUnits,
            List<UnitView> coUnits,
            List<TargetRow> targets) {

        public boolean active() {
            return TaskState.ACTIVE.code().equals(state);
        }
    }

    /** An active task of the plan, to merge into. */
    public record TaskChoice(long id, String number, String content) {}

    private record Head(
            long id,
            long planId,
            long governmentId,
            int version,
            String state,
            String stateReason,
            Long mergedInto,
            String number,
            int seq,
            String content,
            String category,
            String leader,
            String deadline) {}

    private final JdbcClient jdbc;

    PlanEdits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<TaskForm> task(long taskId, Scope scope) {
        return jdbc.sql("""
                        select id, plan_id, government_id, version, state, state_reason, merged_into, number, seq,
                               content, category, leader, deadline
                        from task where id = :id and (:all or government_id in (:govs))""")
                .param("id", taskId)
                .param("all", scope.all())
                .param("govs", scope.sqlIds())
                .query(Head.class)
                .optional()
                .map(h -> new TaskForm(
                        h.id(),
                        h.planId(),
                        h.governmentId(),
                        h.version(),
                        h.state(),
                        h.stateReason(),
                        h.mergedInto(),
                        h.number(),
                        h.seq(),
                        h.content(),
                        h.category(),
                        h.leader(),
                        h.deadline(),
                        units(h.id(), "lead"),
                        units(h.id(), "co"),
                        targets(h.id())));
    }

    public List<TargetRow> targets(long taskId) {
        return jdbc.sql("""
                        select id, text, metric, kind, val, magnitude, unit, comparator, proposal
                        from target where task_id = :task order by seq""")
                .param("task", taskId)
                .query((rs, i) -> new TargetRow(
                        rs.getLong("id"),
                        rs.getString("text"),
                        rs.getString("metric"),
                        rs.getString("kind"),
                        rs.getBigDecimal("val").stripTrailingZeros(),
                        rs.getBigDecimal("magnitude").stripTrailingZeros(),
                        rs.getString("unit"),
                        rs.getString("comparator"),
                        rs.getString("proposal")))
                .list();
    }

    /** The plan's other active tasks, in order. */
    public List<TaskChoice> mergeChoices(long planId, long exceptTask, Scope scope) {
        return jdbc.sql("""
                        select id, number, content from task where plan_id = :plan and id <> :except and state = 'active'
                        and (:all or government_id in (:govs)) order by seq""")
                .param("plan", planId)
                .param("except", exceptTask)
                .param("all", scope.all())
                .param("govs", scope.sqlIds())
                .query(TaskChoice.class)
                .list();
    }

    private List<UnitView> units(long taskId, String role) {
        return jdbc.sql("""
                        select u.id, u.name from task_unit tu join unit u on u.id = tu.unit_id
                        where tu.task_id = :task and tu.role = :role order by tu.seq""")
                .param("task", taskId)
                .param("role", role)
                .query(UnitView.class)
                .list();
    }
}
