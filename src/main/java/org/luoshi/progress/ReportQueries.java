package org.luoshi.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.luoshi.Sort;
import org.luoshi.account.LuoshiUser;
import org.luoshi.plan.PeriodData;
import org.luoshi.plan.PeriodData.Period;
import org.luoshi.plan.TaskCatalog;
import org.luoshi.plan.TaskCatalog.TaskHead;
import org.luoshi.progress.ReportViews.PeriodRow;
import org.luoshi.progress.ReportViews.ReportRow;
import org.luoshi.progress.ReportViews.WorkFilter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work lists of reports. Every query binds the caller's scope; reporters and approvers are further bound to
 * their unit, so a unit never lists another unit's reports. Task numbers, unit names and period labels come from
 * the plan module's read models, the status in force from {@link TaskStatuses}.
 */
@Service
@Transactional(readOnly = true)
public class ReportQueries {

    private static final String SCOPED = """
            (:all or r.government_id in (:govs)) and (:ownUnit = -1 or r.unit_id = :ownUnit)
            """;

    private record Stored(
            long id,
            long periodId,
            long taskId,
            long unitId,
            String state,
            int version,
            OffsetDateTime submittedAt,
            String returnReason,
            OffsetDateTime updatedAt) {}

    private final JdbcClient jdbc;
    private final PeriodData periods;
    private final TaskCatalog catalog;
    private final ObjectProvider<TaskStatuses> statuses;
    private final Clock clock;
    private final ObjectProvider<ClosedTasks> closedTasks;

    ReportQueries(
            JdbcClient jdbc,
            PeriodData periods,
            TaskCatalog catalog,
            ObjectProvider<TaskStatuses> statuses,
            Clock clock,
            ObjectProvider<ClosedTasks> closedTasks) {
        this.closedTasks = closedTasks;
        this.jdbc = jdbc;
        this.periods = periods;
        this.catalog = catalog;
        this.statuses = statuses;
        this.clock = clock;
    }

    /** All reports of a period the caller may see, filtered; ordered as the plan prints its tasks. */
    public List<ReportRow> period(long periodId, WorkFilter filter, LuoshiUser user) {
        return period(periodId, filter, ReportSort.parse(null, null), user);
    }

    /** All reports of a period the caller may see, filtered and sorted by a whitelisted {@link ReportSort}. */
    public List<ReportRow> period(long periodId, WorkFilter filter, Sort<ReportSort> sort, LuoshiUser user) {
        List<Stored> stored = jdbc.sql("""
                        select r.id, r.period_id, r.task_id, r.unit_id, r.state, r.version, r.submitted_at,
                               r.return_reason, r.updated_at
                        from progress_report r where r.period_id = :period
                          and (:unit = -1 or r.unit_id = :unit) and (:state = '' or r.state = :state) and """ + SCOPED + "order by " + sort.orderBy())
                .param("all", user.scope().all())
                .param("govs", user.scope().sqlIds())
                .param("ownUnit", ownUnit(user))
                .param("period", periodId)
                .param("unit", filter.unitId() == null ? -1 : filter.unitId())
                .param("state", filter.state())
                .query(Stored.class)
                .list();
        Optional<Period> period = periods.period(periodId);
        if (stored.isEmpty() || period.isEmpty()) {
            return List.of();
        }
        Map<Long, TaskHead> tasks =
                catalog.heads(stored.stream().map(Stored::taskId).toList());
        Map<Long, String> units =
                catalog.unitNames(stored.stream().map(Stored::unitId).toList());
        Map<Long, TaskStatuses.InForce> judged =
                statuses.getIfAvailable(() -> (p, s) -> Map.of()).inForce(periodId, user.scope());
        LocalDate today = LocalDate.now(clock);
        // A closed task's drafts are not reported on any more; what was sent stays listed.
        Map<Long, LocalDate> closed = closedTasks
                .getIfAvailable(() -> ids -> Map.of())
                .closedOn(stored.stream().map(Stored::taskId).toList());
        return stored.stream()
                .filter(r -> tasks.containsKey(r.taskId()))
                .filter(r -> !closed.containsKey(r.taskId())
                        || !ReportState.fromCode(r.state()).editable())
                .map(r ->
                        row(r, period.get(), tasks.get(r.taskId()), units.getOrDefault(r.unitId(), ""), judged, today))
                .filter(r -> filter.late() == null || filter.late() == r.late())
                .filter(r -> filter.status().isEmpty() || filter.status().equals(r.status()))
                .sorted(sort.column().comparator(sort.descending()))
                .toList();
    }

    private static ReportRow row(
            Stored r,
            Period period,
            TaskHead task,
            String unitName,
            Map<Long, TaskStatuses.InForce> judged,
            LocalDate today) {
        TaskStatuses.InForce j = judged.get(r.taskId());
        ReportState state = ReportState.fromCode(r.state());
        LocalDate due = period.dueDate();
        boolean late = due != null
                && (r.submittedAt() == null || state.editable()
                        ? today.isAfter(due)
                        : r.submittedAt().toLocalDate().isAfter(due));
        return new ReportRow(
                r.id(),
                r.periodId(),
                period.label(),
                due,
                r.taskId(),
                task.number(),
                task.seq(),
                task.content(),
                r.unitId(),
                unitName,
                r.state(),
                state.zh(),
                r.version(),
                r.submittedAt(),
                late,
                j == null ? "" : j.code(),
                j == null ? "" : j.label(),
                r.returnReason(),
                r.updatedAt());
    }

    /** One report as a row, if the caller may see it. */
    public Optional<ReportRow> row(long reportId, LuoshiUser user) {
        return jdbc.sql("select r.period_id from progress_report r where r.id = :id and " + SCOPED)
                .param("all", user.scope().all())
                .param("govs", user.scope().sqlIds())
                .param("ownUnit", ownUnit(user))
                .param("id", reportId)
                .query(Long.class)
                .optional()
                .flatMap(periodId -> period(periodId, WorkFilter.none(), user).stream()
                        .filter(r -> r.id() == reportId)
                        .findFirst());
    }

    /** The ids of a task's reports the caller may see (a reporter or approver: its own unit's only). */
    public List<Long> idsOfTask(long taskId, LuoshiUser user) {
        return jdbc.sql("select r.id from progress_report r where r.task_id = :task and " + SCOPED + "order by r.id")
                .param("all", user.scope().all())
                .param("govs", user.scope().sqlIds())
                .param("ownUnit", ownUnit(user))
                .param("task", taskId)
                .query(Long.class)
                .list();
    }

    /** The periods with reports the caller may see, latest first. */
    public List<PeriodRow> periods(LuoshiUser user) {
        record Counts(long periodId, int reports, int accepted, int pending) {}
        List<Counts> counts = jdbc.sql("""
                        select r.period_id, count(r.id) as reports,
                               sum(case when r.state = 'accepted' then 1 else 0 end) as accepted,
                               sum(case when r.state in ('draft', 'returned') then 1 else 0 end) as pending
                        from progress_report r where """ + SCOPED + "group by r.period_id")
                .param("all", user.scope().all())
                .param("govs", user.scope().sqlIds())
                .param("ownUnit", ownUnit(user))
                .query(Counts.class)
                .list();
        Map<Long, Period> byId =
                periods.periods(counts.stream().map(Counts::periodId).toList());
        Map<Long, String> titles =
                catalog.planTitles(byId.values().stream().map(Period::planId).toList());
        return counts.stream()
                .filter(c -> byId.containsKey(c.periodId()))
                .map(c -> {
                    Period p = byId.get(c.periodId());
                    return new PeriodRow(
                            p.id(),
                            p.planId(),
                            titles.getOrDefault(p.planId(), ""),
                            p.label(),
                            p.endDate(),
                            p.dueDate(),
                            c.reports(),
                            c.accepted(),
                            c.pending());
                })
                .sorted(Comparator.comparing(PeriodRow::endDate)
                        .thenComparingLong(PeriodRow::id)
                        .reversed())
                .toList();
    }

    /** Reporters and approvers see their unit only; -1 binds "no unit restriction". */
    private static long ownUnit(LuoshiUser user) {
        return switch (user.role()) {
            case REPORTER, APPROVER -> user.unitId() == null ? -2 : user.unitId();
            default -> -1;
        };
    }
}
