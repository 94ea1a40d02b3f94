package org.luoshi.progress;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Read models of reporting, filled by SQL. */
public final class ReportViews {

    private ReportViews() {}

    /**
     * One row of a work list.
     *
     * @param late   not yet submitted after the due date, or submitted after it
     * @param status the judgement in force for the task and period ("" when none yet)
     * @param updatedAt when the report last changed
     */
    public record ReportRow(
            long id,
            long periodId,
            String periodLabel,
            LocalDate dueDate,
            long taskId,
            String taskNumber,
            int taskSeq,
            String taskContent,
            long unitId,
            String unitName,
            String state,
            String stateLabel,
            int version,
            OffsetDateTime submittedAt,
            boolean late,
            String status,
            String statusLabel,
            String returnReason,
            OffsetDateTime updatedAt) {}

    /** The filters of the office's work list; null or "" means any. */
    public record WorkFilter(Long unitId, String state, Boolean late, String status) {
        public WorkFilter {
            state = state == null ? "" : state;
            status = status == null ? "" : status;
        }

        public static WorkFilter none() {
            return new WorkFilter(null, "", null, "");
        }
    }

    /** A period with how many of its reports are in each state, for the lists of periods. */
    public record PeriodRow(
            long id,
            long planId,
            String planTitle,
            String label,
            LocalDate endDate,
            LocalDate dueDate,
            int reports,
            int accepted,
            int pending) {}
}
