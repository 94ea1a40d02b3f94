package org.luoshi.publication;

import java.util.List;
import java.util.Map;
import org.luoshi.DomainException;
import org.luoshi.judgement.JudgementQueries;
import org.luoshi.judgement.JudgementViews.JudgementView;
import org.luoshi.plan.PeriodData;
import org.luoshi.plan.PeriodData.Period;
import org.luoshi.plan.PeriodData.PeriodTask;
import org.luoshi.plan.PlanQueries;
import org.luoshi.plan.PlanViews.PlanView;
import org.luoshi.plan.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compiles the report of a plan and period from the progress stored for the period. There is no acceptance of
 * reports yet: every stored entry counts. When accepted reports exist, {@link #progressOf} is the one place that
 * chooses which text a task shows.
 */
@Service
@Transactional(readOnly = true)
public class ReportCompiler {

    private final PlanQueries plans;
    private final PeriodData periods;
    private final JudgementQueries judgements;

    ReportCompiler(PlanQueries plans, PeriodData periods, JudgementQueries judgements) {
        this.plans = plans;
        this.periods = periods;
        this.judgements = judgements;
    }

    /** @param periodLabel the period, or blank for the latest */
    public CompiledReport compile(long planId, String periodLabel, boolean withStatus, Scope scope) {
        PlanView plan = plans.plan(planId, scope)
                .orElseThrow(() -> DomainException.of(DomainException.Kind.NOT_FOUND, "web.no-such-plan", planId));
        Period period = judgements.period(planId, periodLabel, scope);
        Map<Long, JudgementView> judged = judgements.forPeriod(period.id(), scope);
        List<CompiledReport.ReportRow> rows = periods.tasks(period).stream()
                .map(t -> new CompiledReport.ReportRow(
                        t.seq(),
                        t.number(),
                        t.content(),
                        t.leadUnits(),
                        progressOf(t),
                        statusOf(judged.get(t.taskId()))))
                .toList();
        return new CompiledReport(
                plan.title() + period.label() + "完成情况",
                plan.governmentName(),
                plan.year(),
                period.label(),
                period.endDate(),
                period.expectedShare(),
                rows,
                withStatus,
                false);
    }

    /** The period this report is compiled for, so that a publication can refer to it. */
    public Period period(long planId, String periodLabel, Scope scope) {
        return judgements.period(planId, periodLabel, scope);
    }

    private static String progressOf(PeriodTask task) {
        return task.progress();
    }

    private static String statusOf(JudgementView judgement) {
        return judgement == null ? "" : judgement.status();
    }
}
