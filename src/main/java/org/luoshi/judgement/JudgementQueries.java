package org.luoshi.judgement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.luoshi.DomainException;
import org.luoshi.assessment.Status;
import org.luoshi.judgement.JudgementViews.CategoryRollup;
import org.luoshi.judgement.JudgementViews.FindingView;
import org.luoshi.judgement.JudgementViews.JudgementView;
import org.luoshi.judgement.JudgementViews.PlanRollup;
import org.luoshi.judgement.JudgementViews.RateCounts;
import org.luoshi.judgement.JudgementViews.Rollup;
import org.luoshi.judgement.JudgementViews.StatusCount;
import org.luoshi.judgement.JudgementViews.UnitRollup;
import org.luoshi.plan.PeriodData;
import org.luoshi.plan.PeriodData.Period;
import org.luoshi.plan.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Judgements, findings and roll-ups as the pages and the API read them, scoped to the caller. */
@Service
@Transactional(readOnly = true)
public class JudgementQueries {

    private static final String SCOPED = " and (:all or j.government_id in (:govs)) ";
    private static final String VIEW = """
            select j.task_id, j.period_id, rp.label as period_label, t.number, t.content,
                   coalesce(j.override_status, j.status) as effective, j.status, j.reason, j.signal,
                   j.override_status, j.override_reason, j.override_by, j.override_at, j.facts
            from judgement j join task t on t.id = j.task_id join reporting_period rp on rp.id = j.period_id
            """;
    private static final List<String> ON_SCHEDULE = List.of("completed", "ahead", "qualitative");
    private static final List<String> NOT_JUDGED = List.of("no_data", "unclear");

    private final JdbcClient jdbc;
    private final PeriodData periods;

    JudgementQueries(JdbcClient jdbc, PeriodData periods) {
        this.jdbc = jdbc;
        this.periods = periods;
    }

    /** A task's judgement in every period, earliest first. */
    public List<JudgementView> forTask(long taskId, Scope scope) {
        return jdbc.sql(VIEW + "where j.task_id = :task" + SCOPED + "order by rp.end_date, rp.id")
                .param("task", taskId)
                .param("all", scope.all())
                .param("govs", scope.sqlIds())
                .query((rs, i) -> view(rs))
                .list();
    }

    /** Every task's judgement in one period, by task id. */
    public Map<Long, JudgementView> forPeriod(long periodId, Scope scope) {
        return jdbc
                .sql(VIEW + "where j.period_id = :period" + SCOPED + "order by t.seq")
                .param("period", periodId)
                .param("all", scope.all())
                .param("govs", scope.sqlIds())
                .query((rs, i) -> view(rs))
                .list()
                .stream()
                .collect(Collectors.toMap(JudgementView::taskId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    public List<FindingView> findings(long periodId, Scope scope) {
        return jdbc.sql("select j.kind, j.task_id, j.message from period_finding j where j.period_id = :period" + SCOPED
                        + "order by j.seq")
                .param("period", periodId)
                .param("all", scope.all())
                .param("govs", scope.sqlIds())
                .query(FindingView.class)
                .list();
    }

    /** The period of a plan by label, or the latest one when the label is blank. */
    public Period period(long planId, String label, Scope scope) {
        var found = label == null || label.isBlank()
                ? periods.periods(planId).stream().reduce((a, b) -> b)
                : periods.period(planId, label.strip());
        return found.filter(p -> scope.allows(p.governmentId()))
                .orElseThrow(() -> DomainException.notFound(
                        "计划没有该报告期间:" + (label == null ? "" : label),
                        "the plan has no such reporting period: " + (label == null ? "" : label)));
    }

    public Rollup rollup(long planId, String periodLabel, Scope scope) {
        Period period = period(planId, periodLabel, scope);
        return rollup(period, rows(List.of(period.id()), scope).getOrDefault(period.id(), List.of()))
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
        Map<Long, List<Row>> rows = rows(ids, scope);
        Map<Long, Integer> missing = missingReports(ids, scope);
        Map<Long, PlanRollup> result = new LinkedHashMap<>();
        chosen.forEach((plan, period) -> {
            Computed c = rollup(period, rows.getOrDefault(period.id(), List.of()));
            result.put(plan, new PlanRollup(c.rollup(), c.rates(), missing.getOrDefault(period.id(), 0)));
        });
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

    private record Row(
            long periodId, long taskId, Long unitId, String unit, String category, String status, boolean reported) {}

    private record Computed(Rollup rollup, RateCounts rates) {}

    private Map<Long, List<Row>> rows(List<Long> periodIds, Scope scope) {
        if (periodIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("""
                        select j.period_id, j.task_id, u.id as unit_id, coalesce(u.name, '') as unit, t.category,
                               coalesce(j.override_status, j.status) as status,
                               case when exists (select 1 from progress_entry pe where pe.task_id = j.task_id
                                                 and pe.period_id = j.period_id and pe.text <> '') then true else false end as reported
                        from judgement j join task t on t.id = j.task_id
                        left join task_unit tu on tu.task_id = t.id and tu.role = 'lead'
                        left join unit u on u.id = tu.unit_id
                        where j.period_id in (:periods)""" + SCOPED + "order by j.period_id, t.seq, tu.seq")
                .param("periods", periodIds)
                .param("all", scope.all())
                .param("govs", scope.sqlIds())
                .query(Row.class)
                .list()
                .stream()
                .collect(Collectors.groupingBy(Row::periodId, LinkedHashMap::new, Collectors.toList()));
    }

    private static Computed rollup(Period period, List<Row> rows) {
        // A task with several lead units counts once in the totals and once for each of its units.
        Map<Long, Row> tasks = new LinkedHashMap<>();
        rows.forEach(r -> tasks.putIfAbsent(r.taskId(), r));
        int total = tasks.size();
        Map<String, Integer> counts =
                count(tasks.values().stream().map(Row::status).toList());
        List<StatusCount> byStatus = new ArrayList<>();
        for (Status s : Status.values()) {
            int n = counts.getOrDefault(s.code(), 0);
            byStatus.add(new StatusCount(s.code(), s.label(), n, RateCounts.share(n, total)));
        }
        Map<String, List<Row>> units =
                rows.stream().collect(Collectors.groupingBy(Row::unit, TreeMap::new, Collectors.toList()));
        List<UnitRollup> byUnit = units.entrySet().stream()
                .map(e -> {
                    RateCounts rates = rates(e.getValue());
                    return new UnitRollup(
                            e.getKey(),
                            rates.tasks(),
                            count(e.getValue().stream().map(Row::status).toList()),
                            rates.onTimeRate(),
                            rates.onScheduleRate(),
                            e.getValue().get(0).unitId());
                })
                .toList();
        Map<String, List<Row>> categories = tasks.values().stream()
                .collect(Collectors.groupingBy(Row::category, LinkedHashMap::new, Collectors.toList()));
        List<CategoryRollup> byCategory = categories.entrySet().stream()
                .map(e -> new CategoryRollup(
                        e.getKey(),
                        e.getValue().size(),
                        count(e.getValue().stream().map(Row::status).toList())))
                .toList();
        return new Computed(
                new Rollup(
                        period.planId(),
                        period.id(),
                        period.label(),
                        period.expectedShare(),
                        total,
                        byStatus,
                        byUnit,
                        byCategory),
                rates(List.copyOf(tasks.values())));
    }

    /** The on-time and on-schedule counts of some rows: the one definition of both rates. */
    private static RateCounts rates(List<Row> rows) {
        int judged = (int)
                rows.stream().filter(r -> !NOT_JUDGED.contains(r.status())).count();
        int onSchedule = (int)
                rows.stream().filter(r -> ON_SCHEDULE.contains(r.status())).count();
        int reported = (int) rows.stream().filter(Row::reported).count();
        return new RateCounts(rows.size(), reported, judged, onSchedule);
    }

    private static Map<String, Integer> count(List<String> statuses) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (Status s : Status.values()) {
            int n = (int) statuses.stream().filter(s.code()::equals).count();
            if (n > 0) {
                m.put(s.code(), n);
            }
        }
        return m;
    }

    private static JudgementView view(ResultSet rs) throws SQLException {
        Status effective = Status.fromCode(rs.getString("effective"));
        Status computed = Status.fromCode(rs.getString("status"));
        return new JudgementView(
                rs.getLong("task_id"),
                rs.getLong("period_id"),
                rs.getString("period_label"),
                rs.getString("number"),
                rs.getString("content"),
                effective.code(),
                effective.label(),
                computed.code(),
                computed.label(),
                rs.getString("reason"),
                rs.getString("signal"),
                rs.getString("override_status") != null,
                rs.getString("override_reason"),
                rs.getString("override_by"),
                rs.getObject("override_at", java.time.OffsetDateTime.class),
                rs.getString("facts"));
    }
}
