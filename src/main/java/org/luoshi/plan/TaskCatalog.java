package org.luoshi.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan's facts that other modules look up by id, so that their lists and roll-ups join them in Java instead of
 * reading this module's tables: task heads, lead units, unit, government and plan names. Callers have scoped the
 * ids already (they come from their own scoped rows); long id lists are read in chunks, since a database bounds
 * the parameters of one statement.
 */
@Service
@Transactional(readOnly = true)
public class TaskCatalog {

    private static final int CHUNK = 1000;

    /** A task as lists show it, with its plan and printed order. */
    public record TaskHead(
            long id, long planId, long governmentId, String number, int seq, String content, String category) {}

    /** One lead unit of a task, in the task's order of units. */
    public record Lead(long taskId, long unitId, String unitName) {}

    private final JdbcClient jdbc;

    TaskCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<Long, TaskHead> heads(Collection<Long> taskIds) {
        List<TaskHead> heads = new ArrayList<>();
        for (List<Long> chunk : chunks(taskIds)) {
            heads.addAll(jdbc.sql("""
                            select id, plan_id, government_id, number, seq, content, category from task
                            where id in (:ids)""").param("ids", chunk).query(TaskHead.class).list());
        }
        return byId(heads, TaskHead::id);
    }

    /** The tasks of some plans in printed order. */
    public List<TaskHead> tasksOf(Collection<Long> planIds) {
        List<TaskHead> heads = new ArrayList<>();
        for (List<Long> chunk : chunks(planIds)) {
            heads.addAll(
                    jdbc.sql("""
                            select id, plan_id, government_id, number, seq, content, category from task
                            where plan_id in (:plans) order by plan_id, seq""").param("plans", chunk).query(TaskHead.class).list());
        }
        return heads;
    }

    /** The lead units of the tasks of some plans, by task id, each task's in its order. */
    public Map<Long, List<Lead>> leadsOf(Collection<Long> planIds) {
        Map<Long, List<Lead>> leads = new HashMap<>();
        for (List<Long> chunk : chunks(planIds)) {
            jdbc.sql("""
                            select tu.task_id, u.id as unit_id, u.name as unit_name
                            from task_unit tu join task t on t.id = tu.task_id join unit u on u.id = tu.unit_id
                            where t.plan_id in (:plans) and tu.role = 'lead' order by tu.task_id, tu.seq""")
                    .param("plans", chunk)
                    .query(Lead.class)
                    .list()
                    .forEach(l -> leads.computeIfAbsent(l.taskId(), k -> new ArrayList<>())
                            .add(l));
        }
        return leads;
    }

    public Map<Long, String> unitNames(Collection<Long> unitIds) {
        return names("select id, name from unit where id in (:ids)", unitIds);
    }

    public Map<Long, String> governmentNames(Collection<Long> governmentIds) {
        return names("select id, name from government where id in (:ids)", governmentIds);
    }

    public Map<Long, String> planTitles(Collection<Long> planIds) {
        return names("select id, title as name from plan where id in (:ids)", planIds);
    }

    /** Whether the unit belongs to the government (a user bound to a unit must be of its government). */
    public boolean unitOf(long unitId, long governmentId) {
        return jdbc.sql("select count(*) from unit where id = :u and government_id = :g")
                        .param("u", unitId)
                        .param("g", governmentId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    private Map<Long, String> names(String sql, Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        for (List<Long> chunk : chunks(ids)) {
            jdbc.sql(sql)
                    .param("ids", chunk)
                    .query((rs, i) -> names.put(rs.getLong("id"), rs.getString("name")))
                    .list();
        }
        return names;
    }

    static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> distinct = List.copyOf(Set.copyOf(ids));
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < distinct.size(); i += CHUNK) {
            chunks.add(distinct.subList(i, Math.min(distinct.size(), i + CHUNK)));
        }
        return chunks;
    }

    private static <T> Map<Long, T> byId(List<T> rows, Function<T, Long> id) {
        return rows.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }
}
