package org.luoshi.judgement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** Read models of judgements, findings and roll-ups. */
public final class JudgementViews {

    private JudgementViews() {}

    /**
     * @param status         the status in force: the override when there is one, else the computed one
     * @param computedStatus what the rules proposed
     */
    public record JudgementView(
            long taskId,
            long periodId,
            String periodLabel,
            String number,
            String content,
            String status,
            String statusLabel,
            String computedStatus,
            String computedLabel,
            String reason,
            String signal,
            boolean overridden,
            String overrideReason,
            String overrideBy,
            OffsetDateTime overrideAt,
            String facts) {}

    /** A finding; {@code code} and {@code args} (null for rows written before codes) render it in any language. */
    public record FindingView(
            String kind,
            Long taskId,
            String message,
            @com.fasterxml.jackson.annotation.JsonIgnore String code,
            @com.fasterxml.jackson.annotation.JsonIgnore String args) {

        /** The text in {@code locale}: from its code, or the stored Chinese text of an older row. */
        public String text(java.util.Locale locale) {
            org.luoshi.Phrase p = org.luoshi.Phrase.stored(code, args);
            return p == null ? message : p.in(locale);
        }
    }

    public record StatusCount(String status, String label, int count, BigDecimal share) {}

    /**
     * @param onTimeRate     share of the unit's tasks with a report for the period
     * @param onScheduleRate share of its judged tasks that are completed, ahead or in ordinary progress, among those
     *                       not lacking data
     * @param unitId         the unit's id, for links; null for the tasks that name no lead unit
     */
    public record UnitRollup(
            String unit,
            int tasks,
            Map<String, Integer> byStatus,
            BigDecimal onTimeRate,
            BigDecimal onScheduleRate,
            Long unitId) {}

    public record CategoryRollup(String category, int tasks, Map<String, Integer> byStatus) {}

    public record Rollup(
            long planId,
            long periodId,
            String periodLabel,
            BigDecimal expectedShare,
            int tasks,
            List<StatusCount> byStatus,
            List<UnitRollup> byUnit,
            List<CategoryRollup> byCategory) {}

    /**
     * The counts behind the on-time and on-schedule rates (the dashboard's definitions, see {@link UnitRollup}), so
     * that totals across units or plans add counts rather than average rates.
     *
     * @param reported   tasks with a report for the period
     * @param judged     tasks whose status is neither "no data" nor "unclear"
     * @param onSchedule judged tasks that are completed, ahead or in ordinary progress
     */
    public record RateCounts(int tasks, int reported, int judged, int onSchedule) {

        public static final RateCounts NONE = new RateCounts(0, 0, 0, 0);

        /** Share of the tasks with a report for the period; 0 when there are no tasks. */
        public BigDecimal onTimeRate() {
            return share(reported, tasks);
        }

        /** Share of the judged tasks that are on schedule; null when none is judged. */
        public BigDecimal onScheduleRate() {
            return judged == 0 ? null : share(onSchedule, judged);
        }

        public RateCounts plus(RateCounts other) {
            return new RateCounts(
                    tasks + other.tasks,
                    reported + other.reported,
                    judged + other.judged,
                    onSchedule + other.onSchedule);
        }

        static BigDecimal share(long part, long whole) {
            return whole == 0
                    ? BigDecimal.ZERO
                    : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
        }
    }

    /** A plan's roll-up for one period with the plan-wide rate counts and the number of missing reports. */
    public record PlanRollup(Rollup rollup, RateCounts rates, int missingReports) {}
}
