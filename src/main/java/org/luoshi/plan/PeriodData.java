package org.luoshi.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.luoshi.text.Quantity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What judging a period needs from a plan: its tasks with targets and progress, and the period before. */
@Service
@Transactional(readOnly = true)
public class PeriodData {

    /** A reporting period with its plan and government. */
    public record Period(
            long id,
            long planId,
            long governmentId,
            String label,
            LocalDate endDate,
            LocalDate dueDate,
            BigDecimal expectedShare) {}

    /** One task as of one period; {@code progress} is "" when the unit reported nothing. */
    public record PeriodTask(
            long taskId,
            String number,
            int seq,
            String content,
            String category,
            List<String> leadUnits,
            List<Quantity> targets,
            String progress) {}

    private final JdbcClient jdbc;

    PeriodData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Period> period(long periodId) {
        return jdbc.sql("""
                        select id, plan_id, government_id, label, end_date, due_date, expected_share
                        from reporting_period where id = :id""").param("id", periodId).query(Period.class).optional();
    }

    public Optional<Period> period(long planId, String label) {
        return jdbc.sql("""
                        select id, plan_id, government_id, label, end_date, due_date, expected_share
                        from reporting_period where plan_id = :plan and label = :label""")
                .param("plan", planId)
                .param("label", label)
                .query(Period.class)
                .optional();
    }

    /**
     * The period a page shows when the reader chose none: the latest one that has progress, not a period just opened
     * and still empty; the latest period when none has any (empty when the plan has no period).
     */
    public Optional<Period> current(long planId) {
        Optional<Period> reported =
                jdbc.sql("""
                        select rp.id, rp.plan_id, rp.government_id, rp.label, rp.end_date, rp.due_date, rp.expected_share
                        from reporting_period rp where rp.plan_id = :plan
                          and exists (select 1 from progress_entry pe where pe.period_id = rp.id and pe.text <> '')
                        order by rp.end_date desc, rp.id desc fetch first 1 rows only""").param("plan", planId).query(Period.class).optional();
        return reported.or(() -> periods(planId).stream().reduce((a, b) -> b));
    }

    /** The period of the same plan that ends last before this one ends. */
    public Optional<Period> previous(Period period) {
        return jdbc.sql("""
                        select id, plan_id, government_id, label, end_date, due_date, expected_share
                        from reporting_period where plan_id = :plan and end_date < :end
                        order by end_date desc, id desc fetch first 1 rows only""")
                .param("plan", period.planId())
                .param("end", period.endDate())
                .query(Period.class)
                .optional();
    }

    /** The periods of a plan, latest last. */
    public List<Period> periods(long planId) {
        return jdbc.sql("""
                        select id, plan_id, government_id, label, end_date, due_date, expected_share
                        from reporting_period where plan_id = :plan order by end_date, id""").param("plan", planId).query(Period.class).list();
    }

    /** The periods of several plans in one query: by plan id, each plan's latest last. */
    public List<Period> periodsOf(List<Long> planIds) {
        if (planIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, plan_id, government_id, label, end_date, due_date, expected_share
                        from reporting_period where plan_id in (:plans) order by plan_id, end_date, id""").param("plans", planIds).query(Period.class).list();
    }

    /** Periods by id (for lists that hold period ids of their own). */
    public Map<Long, Period> periods(Collection<Long> periodIds) {
        Map<Long, Period> result = new HashMap<>();
        for (List<Long> chunk : TaskCatalog.chunks(periodIds)) {
            jdbc.sql("""
                            select id, plan_id, government_id, label, end_date, due_date, expected_share
                            from reporting_period where id in (:ids)""").param("ids", chunk).query(Period.class).list().forEach(p -> result.put(p.id(), p));
        }
        return result;
    }

    /** The periods of plans that have tasks, earliest end first. */
    public List<Period> periodsWithTasks() {
        return jdbc.sql("""
                        select rp.id, rp.plan_id, rp.government_id, rp.label, rp.end_date, rp.due_date, rp.expected_share
                        from reporting_period rp where exists (select 1 from task t where t.plan_id = rp.plan_id)
                        order by rp.end_date, rp.id""").query(Period.class).list();
    }

    /** For each period, the tasks with progress reported (a non-empty text); periods without any are left out. */
    public Map<Long, Set<Long>> reportedTasks(Collection<Long> periodIds) {
        Map<Long, Set<Long>> result = new HashMap<>();
        for (List<Long> chunk : TaskCatalog.chunks(periodIds)) {
            jdbc.sql("select period_id, task_id from progress_entry where period_id in (:ids) and text <> ''")
                    .param("ids", chunk)
                    .query((rs, i) -> result.computeIfAbsent(rs.getLong(1), k -> new HashSet<>())
                            .add(rs.getLong(2)))
                    .list();
        }
        return result;
    }

    public List<PeriodTask> tasks(Period period) {
        record Row(long id, String number, int seq, String content, String category, String progress) {}
        List<Row> rows = jdbc.sql("""
                        select t.id, t.number, t.seq, t.content, t.category,
                               coalesce(pe.text, '') as progress
                        from task t left join progress_entry pe on pe.task_id = t.id and pe.period_id = :period
                        where t.plan_id = :plan and t.state = 'active' order by t.seq""")
                .param("plan", period.planId())
                .param("period", period.id())
                .query(Row.class)
                .list();
        Map<Long, List<Quantity>> targets = new HashMap<>();
        jdbc.sql("""
                        select g.task_id, g.text, g.metric, g.kind, g.val, g.magnitude, g.unit, g.comparator
                        from target g join task t on t.id = g.task_id where t.plan_id = :plan order by g.task_id, g.seq""")
                .param("plan", period.planId())
                .query((rs, i) -> targets.computeIfAbsent(rs.getLong("task_id"), k -> new ArrayList<>())
                        .add(StoredQuantities.target(rs)))
                .list();
        Map<Long, List<String>> leads = new HashMap<>();
        jdbc.sql("""
                        select tu.task_id, u.name from task_unit tu join unit u on u.id = tu.unit_id
                        join task t on t.id = tu.task_id where t.plan_id = :plan and tu.role = 'lead' order by tu.task_id, tu.seq""")
                .param("plan", period.planId())
                .query((rs, i) -> leads.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(rs.getString(2)))
                .list();
        return rows.stream()
                .map(r -> new PeriodTask(
                        r.id(),
                        r.number(),
                        r.seq(),
                        r.content(),
                        r.category(),
                        leads.getOrDefault(r.id(), List.of()),
                        targets.getOrDefault(r.id(), List.of()),
                        r.progress()))
                .toList();
    }
}
