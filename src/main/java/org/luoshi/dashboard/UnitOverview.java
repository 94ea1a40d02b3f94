package org.luoshi.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.luoshi.DomainException;
import org.luoshi.judgement.JudgementQueries;
import org.luoshi.judgement.JudgementViews.JudgementView;
import org.luoshi.judgement.JudgementViews.UnitRollup;
import org.luoshi.plan.PeriodData;
import org.luoshi.plan.PeriodData.Period;
import org.luoshi.plan.PlanQueries;
import org.luoshi.plan.PlanViews.PlanView;
import org.luoshi.plan.Scope;
import org.luoshi.plan.UnitQueries;
import org.luoshi.plan.UnitQueries.UnitDetail;
import org.luoshi.plan.UnitQueries.UnitTask;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A unit's page: its tasks in one plan and period, and its on-time and on-schedule rates in every period of the
 * plan. The rates are the unit's row of {@link JudgementQueries#rollup}, the same figures as the dashboard's
 * unit ranking, so the two pages cannot disagree.
 */
@Service
@Transactional(readOnly = true)
public class UnitOverview {

    /** A task of the unit with its judgement in the chosen period (null when it has none). */
    public record TaskRow(UnitTask task, JudgementView judgement) {}

    /** The unit's row of the roll-up of one period; {@code tasks} 0 and rates null when it leads no task. */
    public record PeriodRate(
            String periodLabel,
            BigDecimal expectedShare,
            int tasks,
            Map<String, Integer> byStatus,
            BigDecimal onTimeRate,
            BigDecimal onScheduleRate) {}

    /**
     * @param plan   the chosen plan, null when the unit's government has none
     * @param period the chosen period's label, "" when the plan has none
     */
    public record UnitPage(
            UnitDetail unit,
            List<PlanView> plans,
            PlanView plan,
            List<String> periods,
            String period,
            List<TaskRow> tasks,
            List<PeriodRate> rates) {}

    private final UnitQueries units;
    private final PlanQueries plans;
    private final PeriodData periods;
    private final JudgementQueries judgements;

    UnitOverview(UnitQueries units, PlanQueries plans, PeriodData periods, JudgementQueries judgements) {
        this.units = units;
        this.plans = plans;
        this.periods = periods;
        this.judgements = judgements;
    }

    /**
     * @param planId      null for the latest plan of the unit's government
     * @param periodLabel null or blank for the plan's latest period
     */
    public UnitPage of(long unitId, Long planId, String periodLabel, Scope scope) {
        UnitDetail unit = units.unit(unitId, scope).orElseThrow(() -> notFound(unitId));
        List<PlanView> ofGovernment = plans.plans(scope).stream()
                .filter(p -> p.governmentId() == unit.governmentId())
                .toList();
        PlanView plan = planId == null
                ? ofGovernment.stream().findFirst().orElse(null)
                : ofGovernment.stream()
                        .filter(p -> p.id() == planId)
                        .findFirst()
                        .orElseThrow(() -> DomainException.of(
                                DomainException.Kind.NOT_FOUND, "dashboard.unit-s-government-has", planId));
        if (plan == null) {
            return new UnitPage(unit, ofGovernment, null, List.of(), "", List.of(), List.of());
        }
        List<Period> planPeriods = periods.periods(plan.id());
        // A label of another plan (the period select submitted with a new plan, without script) means the latest.
        String label = planPeriods.stream().anyMatch(p -> p.label().equals(periodLabel)) ? periodLabel : null;
        Period period = planPeriods.isEmpty() ? null : judgements.period(plan.id(), label, scope);
        Map<Long, JudgementView> judged = period == null ? Map.of() : judgements.forPeriod(period.id(), scope);
        List<TaskRow> tasks = units.tasks(unitId, plan.id(), period == null ? null : period.id(), scope).stream()
                .map(t -> new TaskRow(t, judged.get(t.id())))
                .toList();
        List<PeriodRate> rates = new ArrayList<>();
        for (Period p : planPeriods) {
            var rollup = judgements.rollup(plan.id(), p.label(), scope);
            rates.add(rollup.byUnit().stream()
                    .filter(u -> u.unitId() != null && u.unitId() == unitId)
                    .findFirst()
                    .map(u -> rate(p, u))
                    .orElseGet(() -> new PeriodRate(p.label(), p.expectedShare(), 0, Map.of(), null, null)));
        }
        return new UnitPage(
                unit,
                ofGovernment,
                plan,
                planPeriods.stream().map(Period::label).toList(),
                period == null ? "" : period.label(),
                tasks,
                rates);
    }

    private static PeriodRate rate(Period p, UnitRollup u) {
        return new PeriodRate(
                p.label(), p.expectedShare(), u.tasks(), u.byStatus(), u.onTimeRate(), u.onScheduleRate());
    }

    private static DomainException notFound(long id) {
        return DomainException.of(DomainException.Kind.NOT_FOUND, "web.no-such-unit", id);
    }
}
