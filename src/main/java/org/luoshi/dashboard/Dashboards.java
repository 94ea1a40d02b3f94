package org.luoshi.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.luoshi.DomainException;
import org.luoshi.dashboard.DashboardView.TargetRow;
import org.luoshi.dashboard.DashboardView.TrendPoint;
import org.luoshi.judgement.JudgementQueries;
import org.luoshi.judgement.JudgementViews.JudgementView;
import org.luoshi.judgement.JudgementViews.Rollup;
import org.luoshi.judgement.JudgementViews.UnitRollup;
import org.luoshi.plan.PeriodData;
import org.luoshi.plan.PlanQueries;
import org.luoshi.plan.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Assembles a plan's dashboard for one period from the stored judgements. */
@Service
@Transactional(readOnly = true)
public class Dashboards {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PlanQueries plans;
    private final PeriodData periods;
    private final JudgementQueries judgements;

    Dashboards(PlanQueries plans, PeriodData periods, JudgementQueries judgements) {
        this.plans = plans;
        this.periods = periods;
        this.judgements = judgements;
    }

    /** @param periodLabel null or blank for the latest period */
    public DashboardView of(long planId, String periodLabel, Scope scope) {
        var plan = plans.plan(planId, scope)
                .orElseThrow(() -> DomainException.of(DomainException.Kind.NOT_FOUND, "web.no-such-plan", planId));
        Rollup rollup = judgements.rollup(planId, periodLabel, scope);
        Map<Long, JudgementView> all = judgements.forPeriod(rollup.periodId(), scope);
        List<UnitRollup> ranking = rollup.byUnit().stream()
                .sorted(Comparator.comparing((UnitRollup u) ->
                                u.onScheduleRate() == null ? BigDecimal.valueOf(-1) : u.onScheduleRate())
                        .reversed()
                        .thenComparing(UnitRollup::unit))
                .toList();
        List<TrendPoint> trend = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        // The trend needs each period's counts by status only: one group-by for all the periods.
        var planPeriods = periods.periods(planId);
        var counted = judgements.statusCounts(planPeriods, scope);
        for (var p : planPeriods) {
            labels.add(p.label());
            Map<String, Integer> counts = new LinkedHashMap<>();
            counted.get(p.id()).forEach(s -> counts.put(s.status(), s.count()));
            trend.add(new TrendPoint(p.label(), counts));
        }
        int missing =
                judgements.missingReports(List.of(rollup.periodId()), scope).getOrDefault(rollup.periodId(), 0);
        return new DashboardView(
                plan,
                rollup.periodLabel(),
                rollup.expectedShare(),
                labels,
                rollup,
                ranking,
                only(all, "behind"),
                only(all, "at_risk"),
                trend,
                targets(all),
                missing);
    }

    private static List<JudgementView> only(Map<Long, JudgementView> all, String status) {
        return all.values().stream().filter(j -> j.status().equals(status)).toList();
    }

    private static List<TargetRow> targets(Map<Long, JudgementView> all) {
        List<TargetRow> rows = new ArrayList<>();
        for (JudgementView j : all.values()) {
            JsonNode facts = j.facts() == null || j.facts().isBlank() ? null : JSON.readTree(j.facts());
            if (facts == null || facts.path("targets").isEmpty()) {
                continue;
            }
            rows.add(new TargetRow(
                    j.taskId(),
                    j.number(),
                    texts(facts.path("targets")),
                    texts(facts.path("actuals")),
                    j.status(),
                    j.reason()));
        }
        return rows;
    }

    private static String texts(JsonNode quantities) {
        List<String> parts = new ArrayList<>();
        quantities.forEach(q -> parts.add(q.path("text").asString()));
        return String.join("、", parts);
    }
}
