package org.luoshi.progress;

import java.time.LocalDate;
import java.util.List;
import org.luoshi.plan.PeriodData.Period;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The three writes of the reporting cycle into the plan module's tables: a new reporting period, the lead units
 * of a plan's tasks, and the accepted progress of a task. The plan module has no public API for them yet; they
 * are kept in this one class so that they move there in one step (see docs/reporting.md).
 */
@Repository
class PlanSeam {

    /** A task and one of its lead units. */
    record Slot(long taskId, long unitId) {
    }

    private final JdbcClient jdbc;

    PlanSeam(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertPeriod(long governmentId, long planId, PeriodForm form, LocalDate start) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into reporting_period (government_id, plan_id, label, start_date, end_date, due_date, expected_share)
                        values (:gov, :plan, :label, :start, :end, :due, :share)""")
                .param("gov", governmentId).param("plan", planId).param("label", form.label().strip())
                .param("start", start).param("end", form.endDate()).param("due", form.dueDate())
                .param("share", form.expectedShare()).update(keys, "id");
        return keys.getKey().longValue();
    }

    List<Slot> leadSlots(long planId) {
        return jdbc.sql("""
                        select tu.task_id, tu.unit_id from task_unit tu join task t on t.id = tu.task_id
                        where t.plan_id = :plan and tu.role = 'lead' order by t.seq, tu.seq""")
                .param("plan", planId).query(Slot.class).list();
    }

    /** The accepted text becomes the task's progress for the period (select-then-write: portable SQL). */
    void writeProgress(Period period, long taskId, String text) {
        int n = jdbc.sql("""
                        update progress_entry set text = :text, updated_at = current_timestamp
                        where task_id = :task and period_id = :period""")
                .param("text", text).param("task", taskId).param("period", period.id()).update();
        if (n == 0) {
            jdbc.sql("insert into progress_entry (government_id, task_id, period_id, text) values (:gov, :task, :period, :text)")
                    .param("gov", period.governmentId()).param("task", taskId).param("period", period.id())
                    .param("text", text).update();
        }
    }
}
