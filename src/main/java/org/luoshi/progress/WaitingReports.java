package org.luoshi.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.luoshi.plan.PeriodData;
import org.luoshi.plan.PeriodData.Period;
import org.luoshi.plan.Scope;
import org.luoshi.plan.TaskCatalog;
import org.luoshi.plan.TaskCatalog.TaskHead;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports that wait for a unit, as the reminder module reads them (it reads no table of this module):
 * reports still open (draft, returned) or waiting for the unit's approver (submitted), with their period's due
 * date from the plan.
 */
@Service
@Transactional(readOnly = true)
public class WaitingReports {

    private static final int CHUNK = 1000;

    /**
     * A report waiting for its unit.
     *
     * @param approval whether the plan uses unit approval (a submitted report then waits for the approver)
     */
    public record Waiting(
            long id,
            long governmentId,
            long unitId,
            String state,
            String taskNumber,
            String periodLabel,
            LocalDate dueDate,
            boolean approval) {}

    /**
     * A unit late in a period: its reports not yet submitted (or waiting for its approver) after the due date.
     *
     * @param reportIds all the unit's reports of the period, for counting what was sent about them
     */
    public record LateUnit(
            long periodId,
            String periodLabel,
            long unitId,
            String unitName,
            LocalDate dueDate,
            int openReports,
            List<Long> reportIds) {}

    private record Open(long id, long governmentId, long periodId, long taskId, long unitId, String state) {}

    private final JdbcClient jdbc;
    private final PeriodData periods;
    private final TaskCatalog catalog;

    WaitingReports(JdbcClient jdbc, PeriodData periods, TaskCatalog catalog) {
        this.jdbc = jdbc;
        this.periods = periods;
        this.catalog = catalog;
    }

    /** Every waiting report of a period due on or before {@code horizon}, by id. */
    public List<Waiting> dueBy(LocalDate horizon) {
        List<Period> due = openPeriods(Scope.everything()).stream()
                .filter(p -> p.dueDate() != null && !p.dueDate().isAfter(horizon))
                .toList();
        List<Open> open = open(due.stream().map(Period::id).toList(), Scope.everything());
        Map<Long, Period> byId = due.stream().collect(Collectors.toMap(Period::id, p -> p));
        Map<Long, TaskHead> tasks =
                catalog.heads(open.stream().map(Open::taskId).toList());
        Map<Long, Boolean> approval =
                approvalByPlan(byId.values().stream().map(Period::planId).toList());
        return open.stream()
                .filter(r -> tasks.containsKey(r.taskId()))
                .sorted(Comparator.comparingLong(Open::id))
                .map(r -> {
                    Period p = byId.get(r.periodId());
                    return new Waiting(
                            r.id(),
                            r.governmentId(),
                            r.unitId(),
                            r.state(),
                            tasks.get(r.taskId()).number(),
                            p.label(),
                            p.dueDate(),
                            approval.getOrDefault(p.planId(), true));
                })
                .toList();
    }

    /** Units with waiting reports after the due date, earliest due first, then the most open, then by name. */
    public List<LateUnit> lateUnits(LocalDate today, Scope scope) {
        List<Period> late = openPeriods(scope).stream()
                .filter(p -> p.dueDate() != null && p.dueDate().isBefore(today))
                .toList();
        Map<Long, Period> byId = late.stream().collect(Collectors.toMap(Period::id, p -> p));
        Map<List<Long>, Integer> openCounts = new LinkedHashMap<>();
        open(byId.keySet(), scope).forEach(r -> openCounts.merge(List.of(r.periodId(), r.unitId()), 1, Integer::sum));
        Map<List<Long>, List<Long>> reports = reportsOf(byId.keySet(), scope);
        Map<Long, String> units = catalog.unitNames(
                openCounts.keySet().stream().map(k -> k.get(1)).toList());
        return openCounts.entrySet().stream()
                .map(e -> {
                    Period p = byId.get(e.getKey().get(0));
                    long unit = e.getKey().get(1);
                    return new LateUnit(
                            p.id(),
                            p.label(),
                            unit,
                            units.getOrDefault(unit, ""),
                            p.dueDate(),
                            e.getValue(),
                            reports.getOrDefault(e.getKey(), List.of()));
                })
                .sorted(Comparator.comparing(LateUnit::dueDate)
                        .thenComparing(
                                Comparator.comparingInt(LateUnit::openReports).reversed())
                        .thenComparing(LateUnit::unitName))
                .toList();
    }

    /** The periods that have waiting reports in the scope. */
    private List<Period> openPeriods(Scope scope) {
        List<Long> ids = jdbc.sql("""
                        select distinct r.period_id from progress_report r
                        where r.state in ('draft', 'returned', 'submitted') and (:all or r.government_id in (:govs))""")
                .param("all", scope.all())
                .param("govs", scope.sqlIds())
                .query(Long.class)
                .list();
        return List.copyOf(periods.periods(ids).values());
    }

    private List<Open> open(Collection<Long> periodIds, Scope scope) {
        List<Open> open = new ArrayList<>();
        for (List<Long> chunk : chunks(periodIds)) {
            open.addAll(jdbc.sql("""
                            select r.id, r.government_id, r.period_id, r.task_id, r.unit_id, r.state from progress_report r
                            where r.period_id in (:periods) and r.state in ('draft', 'returned', 'submitted')
                              and (:all or r.government_id in (:govs))""")
                    .param("periods", chunk)
                    .param("all", scope.all())
                    .param("govs", scope.sqlIds())
                    .query(Open.class)
                    .list());
        }
        return open;
    }

    /** All reports of the periods, by period and unit. */
    private Map<List<Long>, List<Long>> reportsOf(Collection<Long> periodIds, Scope scope) {
        Map<List<Long>, List<Long>> reports = new HashMap<>();
        for (List<Long> chunk : chunks(periodIds)) {
            jdbc.sql("""
                            select r.id, r.period_id, r.unit_id from progress_report r
                            where r.period_id in (:periods) and (:all or r.government_id in (:govs)) order by r.id""")
                    .param("periods", chunk)
                    .param("all", scope.all())
                    .param("govs", scope.sqlIds())
                    .query((rs, i) -> reports.computeIfAbsent(
                                    List.of(rs.getLong("period_id"), rs.getLong("unit_id")), k -> new ArrayList<>())
                            .add(rs.getLong("id")))
                    .list();
        }
        return reports;
    }

    private Map<Long, Boolean> approvalByPlan(Collection<Long> planIds) {
        Map<Long, Boolean> approval = new HashMap<>();
        for (List<Long> chunk : chunks(planIds)) {
            jdbc.sql("select plan_id, unit_approval from report_setting where plan_id in (:plans)")
                    .param("plans", chunk)
                    .query((rs, i) -> approval.put(rs.getLong(1), rs.getBoolean(2)))
                    .list();
        }
        return approval;
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> distinct = List.copyOf(Set.copyOf(ids));
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < distinct.size(); i += CHUNK) {
            chunks.add(distinct.subList(i, Math.min(distinct.size(), i + CHUNK)));
        }
        return chunks;
    }
}
