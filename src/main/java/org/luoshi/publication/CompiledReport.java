package org.luoshi.publication;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A report of a plan and period as published: title, then one row per task.
 *
 * @param withStatus whether the status column is printed
 * @param abridged   whether tasks or text were withheld, which the page states as "(本文有删减)"
 */
public record CompiledReport(
        String title,
        String government,
        int year,
        String periodLabel,
        LocalDate periodEnd,
        BigDecimal expectedShare,
        List<ReportRow> rows,
        boolean withStatus,
        boolean abridged) {

    public static final String ABRIDGED_MARK = "(本文有删减)";

    public CompiledReport {
        rows = List.copyOf(rows);
    }

    /** The heading of the progress column, as the sample prints it ("三季度进展情况" there; ours is plainer). */
    public String progressHeading() {
        return periodLabel.isEmpty() ? "进展情况" : periodLabel + "进展情况";
    }

    /**
     * One task of the report.
     *
     * @param seq    position in the plan, from 1
     * @param status the status code (completed, behind …) or "" when not judged
     */
    public record ReportRow(
            int seq, String number, String content, List<String> leadUnits, String progress, String status) {
        public ReportRow {
            leadUnits = List.copyOf(leadUnits);
        }

        public String leadUnitsText() {
            return String.join("、", leadUnits);
        }

        public String statusLabel() {
            return status.isEmpty()
                    ? ""
                    : org.luoshi.assessment.Status.fromCode(status).label();
        }
    }
}
