package org.luoshi.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.luoshi.judgement.JudgementViews.JudgementView;
import org.luoshi.judgement.JudgementViews.Rollup;
import org.luoshi.judgement.JudgementViews.UnitRollup;
import org.luoshi.plan.PlanViews.PlanView;

/**
 * Everything the dashboard of one plan and period shows; charts and the tables beneath them read the same
 * figures, so they cannot disagree.
 */
public record DashboardView(
        PlanView plan,
        String periodLabel,
        BigDecimal expectedShare,
        List<String> periods,
        Rollup rollup,
        List<UnitRollup> ranking,
        List<JudgementView> behind,
        List<JudgementView> atRisk,
        List<TrendPoint> trend,
        List<TargetRow> targets,
        int missingReports) {

    /** Counts by status at the end of one period. */
    public record TrendPoint(String periodLabel, Map<String, Integer> byStatus) {}

    /** A task's targets and the figures reported against them, with its status and reason. */
    public record TargetRow(long taskId, String number, String targets, String actuals, String status, String reason) {}
}
