package org.luoshi.judgement;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.luoshi.DomainException;
import org.luoshi.assessment.Status;
import org.luoshi.judgement.JudgementViews.FindingView;
import org.luoshi.judgement.JudgementViews.JudgementView;
import org.luoshi.judgement.JudgementViews.PlanRollup;
import org.luoshi.judgement.JudgementViews.Rollup;
import org.luoshi.judgement.JudgementViews.StatusCount;
import org.luoshi.judgement.Rollups.Computed;
import org.luoshi.judgement.Rollups.Row;
import org.luoshi.plan.PeriodData;
import org.luoshi.plan.PeriodData.Period;
import org.luoshi.plan.Scope;
import org.luoshi.plan.TaskCatalog;
import org.luoshi.plan.TaskCatalog.Lead;
import org.luoshi.plan.TaskCatalog.TaskHead;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Judgements, findings and roll-ups as the pages and the API read them, scoped to the caller. */
@Service
@Transactional(readOnly = true)
public class JudgementQueries {

    private static final String SCOPED = " and (:all or j.government_id in (:govs)) ";
    private static final String STORED = """
            select j.task_id, j.period_id, j.status, j.reason, j.signal, j.override_status, j.override_reason,
                   j.override_by, j.override_at, j.facts
            from judgement j
            """;

    /** A judgement as stored; the task's number and content and the period's label come from the plan. */
    private record Stored(
            long taskId,
            long periodId,
            String status,
            String reason,
            String signal,
            String overrideStatus,
            String overrideReason,
            String overrideBy,
            OffsetDateTime overrideAt,
            String facts) {}

    private final JdbcClient jdbc;
    private final PeriodData periods;
    private final TaskCatalog catalog;

    JudgementQueries(JdbcClient jdbc, PeriodData periods, TaskCatalog catalog) {
        this.jdbc = jdbc;
        this.periods = periods;
        this.catalog = catalog;
    }

    /** A task's judgement in every period, earliest first. */
    public List<JudgementView> forTask(long taskId, Scope scope) {
        List<Stored> stored = stored("j.task_id = :key", taskId, scope);
        Map<Long, Period> byId =
                periods.periods(stored.stream().map(Stored::periodId).toList());
        TaskHead head = catalog.heads(List.of(taskId)).get(taskId);
        return stored.stream()
                .filter(j -> byId.containsKey(j.periodId()) && head != null)
                .sorted(Comparator.comparing(
                                (Stored j) -> byId.get(j.periodId()).endDate())
                        .thenComparingLong(Stored::periodId))
                .map(j -> view(j, byId.get(j.periodId()).label(), head))
                .toList();
    }

    /** Every task's judgement in one period, by task id, in the plan's printed order. */
    public Map<Long, JudgementView> forPeriod(long periodId, Scope scope) {
        List<Stored> stored = stored("j.period_id = :key", periodId, scope);
        Map<Long, JudgementView> result = new LinkedHashMap<>();
        if (stored.isEmpty()) {
            return result;
        }
        String label = periods.period(periodId).map(Period::label).orElse("");
        Map<Long, TaskHead> heads =
                catalog.heads(stored.stream().map(Stored::taskId).toList());
        stored.stream()
                .filter(j -> heads.containsKey(j.taskId()))
                .sorted(Comparator.comparingInt(j -> heads.get(j.taskId()).seq()))
                .forEach(j -> result.put(j.taskId(), view(j, label, heads.get(j.taskId()))));
        return result;
    }

    private List<Stored> stored(String where, long key, Scope scope) {
        return jdbc.sql(STORED + "where " + where + SCOPED)
                .param("key", key)
                .param("all", scope.all())
                .param("govs", scope.sqlIds())
                .query(Stored.class)
                .list();
    }

    public List<FindingView> findings(long periodId, Scope scope) {
        return jdbc.sql(
                        "select j.kind, j.task_id, j.message, j.code, j.args from period_finding j where j.period_id = :period"
                                + SCOPED + "order by j.seq")
                .param("period", periodId)
                .param("all", scope.all())
                .param("govs", scope.sqlIds())
                .query(FindingView.class)
                .list();
    }

    /** A period's findings with each task's number and first lead unit, for {@link FindingGroups}. */
    public List<FindingGroups.Line> findingLines(Period period, Scope scope) {
        Map<Long, PeriodData.PeriodTask> tasks = new HashMap<>();
        periods.tasks(period).forEach(t -> tasks.put(t.taskId(), t));
        return findings(period.id(), scope).stream()
                .map(f -> {
                    PeriodData.PeriodTask t = f.taskId() == null ? null : tasks.get(f.taskId());
                    return new FindingGroups.Line(
                            f.kind(),
                            f.taskId(),
                            t == null ? "" : t.number(),
                            t == null || t.leadUnits().isEmpty()
                                    ? ""
                                    : t.leadUnits().get(0),
                            f.message(),
                            org.luoshi.Phrase.stored(f.code(), f.args()));
                })
                .toList();
    }

    /** The period of a plan by label, or when the label is blank the current one ({@link PeriodData#current}). */
    public Period period(long planId, String label, Scope scope) {
        var found = label == null || label.isBlank() ? periods.current(planId) : periods.period(planId, label.strip());
        return found.filter(p -> scope.allows(p.governmentId()))
                .orElseThrow(() -> DomainException.of(
                        DomainException.Kind.NOT_FOUND, "judgement.plan-has-no-such", (label == null ? "" : label)));
    }

    public Rollup rollup(long planId, String periodLabel, Scope scope) {
        Period period = period(planId, periodLabel, scope);
        return Rollups.rollup(period, rows(List.of(period), scope, true).getOrDefault(period.id(), List.of()))
                .rollup();
    }

    /**
     * The roll-ups of several plans in one go (a fixed number of queries, whatever the number of plans): for each
     * plan the period with the given label, or its latest period when the label is blank. A plan without such a
     * period, or outside the scope, has no entry.
     *
     * @param periodsOfPlans the periods of the plans, as {@link PeriodData#periodsOf} answers them
     * @return by plan id, in the order of {@code periodsOfPlans}
     */
    public Map<Long, PlanRollup> rollups(List<Period> periodsOfPlans, String periodLabel, Scope scope) {
        return rollups(periodsOfPlans, periodLabel, scope, true);
    }

    /**
     * The same; without {@code byUnit} the roll-ups are the counts alone (no counts by lead unit or by category: the
     * overview shows neither), summed by the database in one group-by over the chosen periods' judgements, so that
     * the answer is a few rows a period whatever the number of tasks. The totals, the counts by status and the rates
     * are those of the full roll-up ({@code JudgementRollupIT}).
     */
    public Map<Long, PlanRollup> rollups(List<Period> periodsOfPlans, String periodLabel, Scope scope, boolean byUnit) {
        Map<Long, Period> chosen = new LinkedHashMap<>();
        for (Period p : periodsOfPlans) {
            if (!scope.allows(p.governmentId())) {
                continue;
            }
            if (periodLabel == null || periodLabel.isBlank()) {
                chosen.put(p.planId(), p); // latest last, so the last one stays
            } else if (p.label().equals(periodLabel.strip())) {
                chosen.putIfAbsent(p.planId(), p);
            }
        }
        List<Long> ids = chosen.values().stream().map(Period::id).toList();
        Map<Long, Integer> missing = missingReports(ids, scope);
        Map<Long, PlanRollup> result = new LinkedHashMap<>();
        if (!byUnit) {
            Map<Long, List<Rollups.Count>> counts = counts(ids, scope);
            chosen.forEach((plan, period) -> {
                Computed c = Rollups.summed(period, counts.getOrDefault(period.id(), List.of()));
                result.put(plan, new PlanRollup(c.rollup(), c.rates(), missing.getOrDefault(period.id(), 0)));
            });
            return result;
        }
        Map<Long, List<Row>> rows = rows(chosen.values(), scope, true);
        chosen.forEach((plan, period) -> {
            Computed c = Rollups.rollup(period, rows.getOrDefault(period.id(), List.of()));
            result.put(plan, new PlanRollup(c.rollup(), c.rates(), missing.getOrDefault(period.id(), 0)));
        });
        return result;
    }

    /**
     * Each period's counts by status in force (every status, zeros included, as {@link Rollup#byStatus}), summed by
     * the database in one query for all the periods: a dashboard's trend.
     */
    public Map<Long, List<StatusCount>> statusCounts(List<Period> periodsToCount, Scope scope) {
        Map<Long, List<Rollups.Count>> counts =
                counts(periodsToCount.stream().map(Period::id).toList(), scope);
        Map<Long, List<StatusCount>> result = new LinkedHashMap<>();
        for (Period p : periodsToCount) {
            result.put(
                    p.id(),
                    Rollups.summed(p, counts.getOrDefault(p.id(), List.of()))
                            .rollup()
                            .byStatus());
        }
        return result;
    }

    /** The judgements of some periods counted by status in force and by whether the task was reported. */
    private Map<Long, List<Rollups.Count>> counts(List<Long> periodIds, Scope scope) {
        Map<Long, List<Rollups.Count>> result = new HashMap<>();
        if (periodIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                        select j.period_id, coalesce(j.override_status, j.status) as status, j.reported, count(*) as n
                        from judgement j where j.period_id in (:periods)""" + SCOPED + """
                        group by j.period_id, coalesce(j.override_status, j.status), j.reported""")
                .param("periods", periodIds)
                .param("all", scope.all())
                .param("govs", scope.sqlIds())
                .query((rs, i) -> result.computeIfAbsent(rs.getLong("period_id"), k -> new ArrayList<>())
                        .add(new Rollups.Count(rs.getString("status"), rs.getBoolean("reported"), rs.getInt("n"))))
                .list();
        return result;
    }

    /** The number of "missing report" findings of each period (periods without any are left out). */
    public Map<Long, Integer> missingReports(List<Long> periodIds, Scope scope) {
        Map<Long, Integer> result = new LinkedHashMap<>();
        if (periodIds.isEmpty()) {
            return result;
        }
        jdbc.sql("select j.period_id, count(*) as n from period_finding j where j.period_id in (:periods)"
                        + " and j.kind = 'missing-report'" + SCOPED + "group by j.period_id")
                .param("periods", periodIds)
                .param("all", scope.all())
                .param("govs", scope.sqlIds())
                .query((rs, i) -> result.put(rs.getLong("period_id"), rs.getInt("n")))
                .list();
        return result;
    }

    private Map<Long, List<Row>> rows(Collection<Period> periodsToRoll, Scope scope, boolean byUnit) {
        if (periodsToRoll.isEmpty()) {
            return Map.of();
        }
        record Judged(long periodId, long taskId, String status, boolean reported) {}
        List<Long> periodIds = periodsToRoll.stream().map(Period::id).toList();
        List<Judged> judged = jdbc.sql("""
                        select j.period_id, j.task_id, coalesce(j.override_status, j.status) as status, j.reported
                        from judgement j where j.period_id in (:periods)""" + SCOPED)
                .param("periods", periodIds)
                .param("all", scope.all())
                .param("govs", scope.sqlIds())
                .query(Judged.class)
                .list();
        Set<Long> plans = periodsToRoll.stream().map(Period::planId).collect(Collectors.toSet());
        Map<Long, TaskHead> heads = new HashMap<>();
        catalog.tasksOf(plans).forEach(h -> heads.put(h.id(), h));
        Map<Long, List<Lead>> leads = byUnit ? catalog.leadsOf(plans) : Map.of();
        Map<Long, List<Row>> rows = new LinkedHashMap<>();
        judged.stream()
                .filter(j -> heads.containsKey(j.taskId()))
                .sorted(Comparator.comparingLong(Judged::periodId)
                        .thenComparingInt(j -> heads.get(j.taskId()).seq()))
                .forEach(j -> {
                    TaskHead head = heads.get(j.taskId());
                    boolean isReported = j.reported();
                    List<Row> periodRows = rows.computeIfAbsent(j.periodId(), k -> new ArrayList<>());
                    List<Lead> taskLeads = leads.getOrDefault(j.taskId(), List.of());
                    if (taskLeads.isEmpty()) {
                        periodRows.add(
                                new Row(j.periodId(), j.taskId(), null, "", head.category(), j.status(), isReported));
                    }
                    taskLeads.forEach(l -> periodRows.add(new Row(
                            j.periodId(),
                            j.taskId(),
                            l.unitId(),
                            l.unitName(),
                            head.category(),
                            j.status(),
                            isReported)));
                });
        return rows;
    }

    private static JudgementView view(Stored j, String periodLabel, TaskHead task) {
        Status computed = Status.fromCode(j.status());
        Status effective = j.overrideStatus() == null ? computed : Status.fromCode(j.overrideStatus());
        return new JudgementView(
                j.taskId(),
                j.periodId(),
                periodLabel,
                task.number(),
                task.content(),
                effective.code(),
                effective.label(),
                computed.code(),
                computed.label(),
                j.reason(),
                j.signal(),
                j.overrideStatus() != null,
                j.overrideReason(),
                j.overrideBy(),
                j.overrideAt(),
                j.facts());
    }
}
