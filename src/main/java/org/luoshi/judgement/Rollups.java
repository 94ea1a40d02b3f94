package org.luoshi.judgement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.luoshi.assessment.Status;
import org.luoshi.judgement.JudgementViews.CategoryRollup;
import org.luoshi.judgement.JudgementViews.RateCounts;
import org.luoshi.judgement.JudgementViews.Rollup;
import org.luoshi.judgement.JudgementViews.StatusCount;
import org.luoshi.judgement.JudgementViews.UnitRollup;
import org.luoshi.plan.PeriodData.Period;

/** The roll-up of one period from its judged tasks: counts by status, by lead unit and by category, and the rates. */
final class Rollups {

    private static final List<String> ON_SCHEDULE = List.of("completed", "ahead", "qualitative");
    private static final List<String> NOT_JUDGED = List.of("no_data", "not_reported", "unclear");

    private Rollups() {}

    /** One judged task and one of its lead units (unit null and "" when it names none). */
    record Row(
            long periodId, long taskId, Long unitId, String unit, String category, String status, boolean reported) {}

    record Computed(Rollup rollup, RateCounts rates) {}

    /** How many of a period's judged tasks have one status in force and were (or were not) reported. */
    record Count(String status, boolean reported, int n) {}

    /**
     * The roll-up of one period from the database's counts ({@link JudgementQueries#rollups} without units): the
     * same totals, counts by status and rates as {@link #rollup}, with no counts by unit or category.
     */
    static Computed summed(Period period, List<Count> counts) {
        int total = 0;
        int reported = 0;
        int judged = 0;
        int onSchedule = 0;
        Map<String, Integer> byCode = new LinkedHashMap<>();
        for (Count c : counts) {
            total += c.n();
            reported += c.reported() ? c.n() : 0;
            judged += NOT_JUDGED.contains(c.status()) ? 0 : c.n();
            onSchedule += ON_SCHEDULE.contains(c.status()) ? c.n() : 0;
            byCode.merge(c.status(), c.n(), Integer::sum);
        }
        List<StatusCount> byStatus = new ArrayList<>();
        for (Status s : Status.values()) {
            int n = byCode.getOrDefault(s.code(), 0);
            byStatus.add(new StatusCount(s.code(), s.label(), n, RateCounts.share(n, total)));
        }
        return new Computed(
                new Rollup(
                        period.planId(),
                        period.id(),
                        period.label(),
                        period.expectedShare(),
                        total,
                        byStatus,
                        List.of(),
                        List.of()),
                new RateCounts(total, reported, judged, onSchedule));
    }

    static Computed rollup(Period period, List<Row> rows) {
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
}
