package org.luoshi.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The read side of units (单位): one unit, the units a caller may see, a unit's tasks; scoped like every query. */
@Service
@Transactional(readOnly = true)
public class UnitQueries {

    private static final String SCOPED = " (:all or u.government_id in (:govs)) ";

    /** A unit with its government and the other names it is known by. */
    public record UnitDetail(long id, String name, long governmentId, String governmentName, List<String> aliases) {}

    /**
     * A unit in the list, with its tasks in the latest plan of its government ({@code planYear} null when that
     * government has no plan yet).
     */
    public record UnitSummary(
            long id,
            String name,
            long governmentId,
            String governmentName,
            Integer planYear,
            int leadTasks,
            int coTasks) {}

    /** A task of a unit in one plan: {@code lead} when the unit leads it, else it shares it (配合). */
    public record UnitTask(long id, String number, int seq, String content, boolean lead, String progress) {}

    /** A unit named on a task, in the task's order of lead units, then co units. */
    public record TaskUnit(long id, String name, String role) {}

    private final JdbcClient jdbc;

    UnitQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UnitDetail> unit(long id, Scope scope) {
        record Head(long id, String name, long governmentId, String governmentName) {}
        return jdbc.sql("""
                        select u.id, u.name, u.government_id, g.name as government_name
                        from unit u join government g on g.id = u.government_id where u.id = :id and""" + SCOPED)
                .param("id", id)
                .param("all", scope.all())
                .param("govs", scope.sqlIds())
                .query(Head.class)
                .optional()
                .map(h -> new UnitDetail(
                        h.id(),
                        h.name(),
                        h.governmentId(),
                        h.governmentName(),
                        jdbc.sql("select alias from unit_alias where unit_id = :id order by alias")
                                .param("id", h.id())
                                .query(String.class)
                                .list()));
    }

    /** @param onlyUnit the one unit a reporter or approver may see, or null for every unit in scope */
    public List<UnitSummary> units(Scope scope, Long onlyUnit) {
        String latestPlan = """
                (select p.id from plan p where p.government_id = u.government_id
                 order by p.plan_year desc fetch first 1 rows only)""";
        return jdbc.sql("""
                        select u.id, u.name, u.government_id, g.name as government_name,
                               (select max(p.plan_year) from plan p where p.government_id = u.government_id) as plan_year,
                               (select count(distinct tu.task_id) from task_unit tu join task t on t.id = tu.task_id
                                where tu.unit_id = u.id and tu.role = 'lead' and t.plan_id = """ + latestPlan + """
                               ) as lead_tasks,
                               (select count(distinct tu.task_id) from task_unit tu join task t on t.id = tu.task_id
                                where tu.unit_id = u.id and tu.role = 'co' and t.plan_id = """ + latestPlan + """
                               ) as co_tasks
                        from unit u join government g on g.id = u.government_id
                        where""" + SCOPED
                        + "and (:unit = -1 or u.id = :unit) order by g.code, u.name")
                .param("all", scope.all())
                .param("govs", scope.sqlIds())
                .param("unit", onlyUnit == null ? -1L : onlyUnit)
                .query(UnitSummary.class)
                .list();
    }

    /**
     * The unit's tasks in a plan, in the plan's order, with the progress reported for one period ("" when none).
     *
     * @param periodId null when the plan has no period yet
     */
    public List<UnitTask> tasks(long unitId, long planId, Long periodId, Scope scope) {
        return jdbc.sql("""
                        select t.id, t.number, t.seq, t.content,
                               case when exists (select 1 from task_unit l where l.task_id = t.id and l.unit_id = :unit
                                                 and l.role = 'lead') then true else false end as lead,
                               coalesce((select pe.text from progress_entry pe where pe.task_id = t.id
                                         and pe.period_id = :period), '') as progress
                        from task t
                        where t.plan_id = :plan and (:all or t.government_id in (:govs))
                          and exists (select 1 from task_unit tu where tu.task_id = t.id and tu.unit_id = :unit)
                        order by t.seq""")
                .param("unit", unitId)
                .param("plan", planId)
                .param("period", periodId == null ? -1L : periodId)
                .param("all", scope.all())
                .param("govs", scope.sqlIds())
                .query(UnitTask.class)
                .list();
    }

    /** The units named on a task: its lead units, then its co units, each in the document's order. */
    public List<TaskUnit> forTask(long taskId, Scope scope) {
        return jdbc.sql("""
                        select u.id, u.name, tu.role from task_unit tu join unit u on u.id = tu.unit_id
                        where tu.task_id = :task and""" + SCOPED + "order by tu.role desc, tu.seq")
                .param("task", taskId)
                .param("all", scope.all())
                .param("govs", scope.sqlIds())
                .query(TaskUnit.class)
                .list();
    }
}
