package org.luoshi.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.luoshi.Sort;
import org.luoshi.plan.PlanViews.FindingView;
import org.luoshi.plan.PlanViews.PeriodView;
import org.luoshi.plan.PlanViews.PlanView;
import org.luoshi.plan.PlanViews.ProgressView;
import org.luoshi.plan.PlanViews.TargetView;
import org.luoshi.plan.PlanViews.TaskDetail;
import org.luoshi.plan.PlanViews.TaskFilter;
import org.luoshi.plan.PlanViews.TaskItem;
import org.luoshi.plan.PlanViews.TaskPage;
import org.luoshi.plan.PlanViews.UnitView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The read side of plans: every query takes the caller's {@link Scope} and binds it. */
@Service
@Transactional(readOnly = true)
public class PlanQueries {

    private static final String SCOPED = " (:all or p.government_id in (:govs)) ";

    private static final String PLAN_COLUMNS = """
            select p.id, p.government_id, g.name as government_name, p.plan_year as "year", p.title, p.source_name,
                   (select count(*) from task t where t.plan_id = p.id) as task_count,
                   coalesce((select rp.label from reporting_period rp where rp.plan_id = p.id
                             order by rp.end_date desc, rp.id desc fetch first 1 rows only), '') as latest_period
            from plan p join government g on g.id = p.government_id
            """;

    private final JdbcClient jdbc;
    private final ObjectProvider<TaskRanking> ranking;

    PlanQueries(JdbcClient jdbc, ObjectProvider<TaskRanking> ranking) {
        this.jdbc = jdbc;
        this.ranking = ranking;
    }

    public List<PlanView> plans(Scope scope) {
        return jdbc.sql(PLAN_COLUMNS + "where" + SCOPED + "order by p.plan_year desc, g.code")
                .param("all", scope.all())
                .param("govs", scope.sqlIds())
                .query(PlanView.class)
                .list();
    }

    /** The years that have plans in the scope, latest first. */
    public List<Integer> years(Scope scope) {
        return jdbc.sql("select distinct p.plan_year from plan p where" + SCOPED + "order by p.plan_year desc")
                .param("all", scope.all())
                .param("govs", scope.sqlIds())
                .query(Integer.class)
                .list();
    }

    /** The plans of one year of the given governments (a page of the overview), those outside the scope left out. */
    public List<PlanView> plansOf(Collection<Long> governmentIds, int year, Scope scope) {
        if (governmentIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(PLAN_COLUMNS + "where p.plan_year = :year and p.government_id in (:ids) and" + SCOPED
                        + "order by g.code, p.id")
                .param("year", year)
                .param("ids", List.copyOf(governmentIds))
                .param("all", scope.all())
                .param("govs", scope.sqlIds())
                .query(PlanView.class)
                .list();
    }

    public Optional<PlanView> plan(long id, Scope scope) {
        return jdbc.sql(PLAN_COLUMNS + "where p.id = :id and" + SCOPED)
                .param("id", id)
                .param("all", scope.all())
                .param("govs", scope.sqlIds())
                .query(PlanView.class)
                .optional();
    }

    public TaskPage tasks(long planId, TaskFilter filter, Scope scope) {
        return tasks(planId, filter, TaskSort.parse(null, null), scope);
    }

    /** A page of the plan's tasks, filtered and sorted; the ORDER BY comes from the whitelisted {@link TaskSort}. */
    public TaskPage tasks(long planId, TaskFilter filter, Sort<TaskSort> sort, Scope scope) {
        String where = """
                from task t join plan p on p.id = t.plan_id
                where t.plan_id = :plan and""" + SCOPED + """
                  and (:unit = -1 or exists (select 1 from task_unit tu where tu.task_id = t.id and tu.unit_id = :unit))
                  and (:q = '' or t.content like :like escape '\\'
                       or exists (select 1 from progress_entry pe where pe.task_id = t.id and pe.text like :like escape '\\'))
                """;
        String like =
                "%" + filter.keyword().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        long unit = filter.unitId() == null ? -1 : filter.unitId();
        long total = jdbc.sql("select count(*) " + where)
                .param("plan", planId)
                .param("all", scope.all())
                .param("govs", scope.sqlIds())
                .param("unit", unit)
                .param("q", filter.keyword())
                .param("like", like)
                .query(Long.class)
                .single();
        List<Long> ranked =
                sort.by(TaskSort.STATUS.param()) ? rankedPage(planId, where, filter, like, unit, sort, scope) : null;
        List<TaskItem> rows = jdbc.sql(
                        """
                        select t.id, t.number, t.seq, t.content, t.state,
                               (select pe.text from progress_entry pe join reporting_period rp on rp.id = pe.period_id
                                where pe.task_id = t.id order by rp.end_date desc, rp.id desc fetch first 1 rows only) as progress,
                               (select rp.label from progress_entry pe join reporting_period rp on rp.id = pe.period_id
                                where pe.task_id = t.id order by rp.end_date desc, rp.id desc fetch first 1 rows only) as period
                        """ + where + (ranked == null ? "" : " and t.id in (:ranked)") + " order by " + sort.orderBy()
                                + " limit :size offset :offset")
                .param("plan", planId)
                .param("all", scope.all())
                .param("govs", scope.sqlIds())
                .param("ranked", ranked == null || ranked.isEmpty() ? List.of(-1L) : ranked)
                .param("unit", unit)
                .param("q", filter.keyword())
                .param("like", like)
                .param("size", filter.size())
                .param("offset", ranked == null ? (long) filter.page() * filter.size() : 0L)
                .query((rs, i) -> new TaskItem(
                        rs.getLong("id"),
                        rs.getString("number"),
                        rs.getInt("seq"),
                        rs.getString("content"),
                        List.of(),
                        nullToEmpty(rs.getString("progress")),
                        nullToEmpty(rs.getString("period")),
                        rs.getString("state")))
                .list();
        if (ranked != null) {
            rows = rows.stream()
                    .sorted(Comparator.comparingInt(r -> ranked.indexOf(r.id())))
                    .toList();
        }
        Map<Long, List<String>> leads =
                unitNames(rows.stream().map(TaskItem::id).toList(), "lead");
        List<TaskItem> items = rows.stream()
                .map(r -> new TaskItem(
                        r.id(),
                        r.number(),
                        r.seq(),
                        r.content(),
                        leads.getOrDefault(r.id(), List.of()),
                        r.latestProgress(),
                        r.latestPeriod(),
                        r.state()))
                .toList();
        return new TaskPage(items, total, filter.page(), filter.size());
    }

    /**
     * The ids of one page of tasks sorted by status: every filtered task of the plan (a plan has a few hundred) in
     * printed order, ranked by the {@link TaskRanking}; tasks without a status last in either direction.
     */
    private List<Long> rankedPage(
            long planId, String where, TaskFilter filter, String like, long unit, Sort<TaskSort> sort, Scope scope) {
        List<Long> ids = jdbc.sql("select t.id " + where + " order by t.seq")
                .param("plan", planId)
                .param("all", scope.all())
                .param("govs", scope.sqlIds())
                .param("unit", unit)
                .param("q", filter.keyword())
                .param("like", like)
                .query(Long.class)
                .list();
        Map<Long, Integer> ranks = ranking.getIfAvailable(() -> p -> Map.of()).rank(planId);
        Comparator<Long> byRank = Comparator.comparing(ranks::get);
        List<Long> ordered = new ArrayList<>(ids.stream()
                .filter(ranks::containsKey)
                .sorted(sort.descending() ? byRank.reversed() : byRank)
                .toList());
        ids.stream().filter(id -> !ranks.containsKey(id)).forEach(ordered::add);
        int from = Math.min(ordered.size(), filter.page() * filter.size());
        return List.copyOf(ordered.subList(from, Math.min(ordered.size(), from + filter.size())));
    }

    /** The units that lead or share a task of the plan, for the unit filter. */
    public List<UnitView> units(long planId, Scope scope) {
        return jdbc.sql("""
                        select distinct u.id, u.name from unit u
                        join task_unit tu on tu.unit_id = u.id join task t on t.id = tu.task_id join plan p on p.id = t.plan_id
                        where t.plan_id = :plan and""" + SCOPED + "order by u.name")
                .param("plan", planId)
                .param("all", scope.all())
                .param("govs", scope.sqlIds())
                .query(UnitView.class)
                .list();
    }

    public List<PeriodView> periods(long planId, Scope scope) {
        return jdbc.sql("""
                        select rp.id, rp.label, rp.start_date, rp.end_date, rp.due_date, rp.expected_share
                        from reporting_period rp join plan p on p.id = rp.plan_id
                        where rp.plan_id = :plan and""" + SCOPED + "order by rp.end_date, rp.id")
                .param("plan", planId)
                .param("all", scope.all())
                .param("govs", scope.sqlIds())
                .query(PeriodView.class)
                .list();
    }

    /** The progress of some tasks in one period, by task id; a task that reported nothing is absent. */
    public Map<Long, String> progress(long periodId, List<Long> taskIds, Scope scope) {
        Map<Long, String> result = new HashMap<>();
        if (taskIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                        select pe.task_id, pe.text from progress_entry pe join task t on t.id = pe.task_id
                        join plan p on p.id = t.plan_id
                        where pe.period_id = :period and pe.task_id in (:tasks) and pe.text <> '' and""" + SCOPED)
                .param("period", periodId)
                .param("tasks", taskIds)
                .param("all", scope.all())
                .param("govs", scope.sqlIds())
                .query((rs, i) -> result.put(rs.getLong(1), rs.getString(2)))
                .list();
        return result;
    }

    public List<FindingView> findings(long planId, Scope scope) {
        return jdbc.sql("""
                        select f.kind, f.task_numbers, f.message, d.file_name
                        from document_finding f join imported_document d on d.id = f.document_id
                        join plan p on p.id = d.plan_id
                        where d.plan_id = :plan and""" + SCOPED + "order by d.id, f.seq")
                .param("plan", planId)
                .param("all", scope.all())
                .param("govs", scope.sqlIds())
                .query(FindingView.class)
                .list();
    }

    public Optional<TaskDetail> task(long taskId, Scope scope) {
        record Head(
                long id,
                long planId,
                String planTitle,
                int year,
                long governmentId,
                String governmentName,
                String number,
                int seq,
                String content,
                String category,
                String extra) {}
        Optional<Head> head = jdbc.sql("""
                        select t.id, t.plan_id, p.title as plan_title, p.plan_year as "year", p.government_id, g.name as government_name,
                               t.number, t.seq, t.content, t.category, t.extra
                        from task t join plan p on p.id = t.plan_id join government g on g.id = p.government_id
                        where t.id = :id and""" + SCOPED)
                .param("id", taskId)
                .param("all", scope.all())
                .param("govs", scope.sqlIds())
                .query(Head.class)
                .optional();
        return head.map(h -> {
            List<TargetView> targets =
                    jdbc.sql("""
                            select text, metric, kind, val as "value", magnitude, unit, comparator
                            from target where task_id = :task order by seq""").param("task", h.id()).query(TargetView.class).list();
            List<ProgressView> progress = jdbc.sql("""
                            select rp.label as period_label, rp.end_date as period_end, pe.text
                            from progress_entry pe join reporting_period rp on rp.id = pe.period_id
                            where pe.task_id = :task order by rp.end_date, rp.id""")
                    .param("task", h.id())
                    .query(ProgressView.class)
                    .list();
            return new TaskDetail(
                    h.id(),
                    h.planId(),
                    h.planTitle(),
                    h.year(),
                    h.governmentId(),
                    h.governmentName(),
                    h.number(),
                    h.seq(),
                    h.content(),
                    h.category(),
                    unitNames(List.of(h.id()), "lead").getOrDefault(h.id(), List.of()),
                    unitNames(List.of(h.id()), "co").getOrDefault(h.id(), List.of()),
                    targets,
                    progress,
                    ExtraColumns.read(h.extra()));
        });
    }

    private Map<Long, List<String>> unitNames(List<Long> taskIds, String role) {
        Map<Long, List<String>> result = new HashMap<>();
        if (taskIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                        select tu.task_id, u.name from task_unit tu join unit u on u.id = tu.unit_id
                        where tu.task_id in (:ids) and tu.role = :role order by tu.task_id, tu.seq""")
                .param("ids", taskIds)
                .param("role", role)
                .query((rs, i) -> {
                    result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getString(2));
                    return null;
                })
                .list();
        return result;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
