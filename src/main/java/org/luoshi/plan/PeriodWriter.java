package org.luoshi.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The writes other modules need into a plan's periods and progress: opening a reporting period, the lead units
 * that get a report slot, and a task's progress for a period (the import and the reporting cycle both use it).
 */
@Repository
public class PeriodWriter {

    /** A task and one of its lead units. */
    public record LeadSlot(long taskId, long unitId) {}

    private final JdbcClient jdbc;

    PeriodWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long openPeriod(
            long governmentId,
            long planId,
            String label,
            LocalDate start,
            LocalDate end,
            LocalDate due,
            BigDecimal expectedShare) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into reporting_period (government_id, plan_id, label, start_date, end_date, due_date, expected_share)
                        values (:gov, :plan, :label, :start, :end, :due, :share)""")
                .param("gov", governmentId)
                .param("plan", planId)
                .param("label", label.strip())
                .param("start", start)
                .param("end", end)
                .param("due", due)
                .param("share", expectedShare)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public List<LeadSlot> leadSlots(long planId) {
        return jdbc.sql("""
                        select tu.task_id, tu.unit_id from task_unit tu join task t on t.id = tu.task_id
                        where t.plan_id = :plan and tu.role = 'lead' and t.state = 'active' order by t.seq, tu.seq""").param("plan", planId).query(LeadSlot.class).list();
    }

    /**
     * Sets a task's progress for a period, writing only when the text differs (select-then-write: portable SQL).
     *
     * @return whether anything was written
     */
    public boolean writeProgress(long governmentId, long taskId, long periodId, String text) {
        String current = jdbc.sql("select text from progress_entry where task_id = :task and period_id = :period")
                .param("task", taskId)
                .param("period", periodId)
                .query(String.class)
                .optional()
                .orElse(null);
        if (Objects.equals(current, text)) {
            return false;
        }
        if (current == null) {
            jdbc.sql(
                            "insert into progress_entry (government_id, task_id, period_id, text) values (:gov, :task, :period, :text)")
                    .param("gov", governmentId)
                    .param("task", taskId)
                    .param("period", periodId)
                    .param("text", text)
                    .update();
        } else {
            jdbc.sql("""
                            update progress_entry set text = :text, updated_at = current_timestamp
                            where task_id = :task and period_id = :period""")
                    .param("text", text)
                    .param("task", taskId)
                    .param("period", periodId)
                    .update();
        }
        return true;
    }
}
