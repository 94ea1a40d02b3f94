package org.luoshi.judgement;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** Read models of judgements, findings and roll-ups. */
public final class JudgementViews {

    private JudgementViews() {
    }

    /**
     * @param status         the status in force: the override when there is one, else the computed one
     * @param computedStatus what the rules proposed
     */
    public record JudgementView(long taskId, long periodId, String periodLabel, String number, String content, String status,
                                String statusLabel, String computedStatus, String computedLabel, String reason,
                                String signal, boolean overridden, String overrideReason, String overrideBy,
                                OffsetDateTime overrideAt, String facts) {
    }

    public record FindingView(String kind, Long taskId, String message) {
    }

    public record StatusCount(String status, String label, int count, BigDecimal share) {
    }

    /**
     * @param onTimeRate     share of the unit's tasks with a report for the period
     * @param onScheduleRate share of its judged tasks that are completed, ahead or in ordinary progress, among those
     *                       not lacking data
     * @param unitId         the unit's id, for links; null for the tasks that name no lead unit
     */
    public record UnitRollup(String unit, int tasks, Map<String, Integer> byStatus, BigDecimal onTimeRate,
                             BigDecimal onScheduleRate, Long unitId) {
    }

    public record CategoryRollup(String category, int tasks, Map<String, Integer> byStatus) {
    }

    public record Rollup(long planId, long periodId, String periodLabel, BigDecimal expectedShare, int tasks,
                         List<StatusCount> byStatus, List<UnitRollup> byUnit, List<CategoryRollup> byCategory) {
    }
}
