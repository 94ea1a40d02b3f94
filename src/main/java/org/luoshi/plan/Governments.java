package org.luoshi.plan;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads governments and their hierarchy. */
@Repository
public class Governments {

    private static final String COLUMNS = "select id, code, name, level, parent_id from government ";

    private final JdbcClient jdbc;

    Governments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Government> byName(String name) {
        return jdbc.sql(COLUMNS + "where name = :name order by id")
                .param("name", name)
                .query(Government.class)
                .optional();
    }

    public Optional<Government> byId(long id) {
        return jdbc.sql(COLUMNS + "where id = :id")
                .param("id", id)
                .query(Government.class)
                .optional();
    }

    public List<Government> visible(Scope scope) {
        return jdbc.sql(COLUMNS + "where (:all or id in (:govs)) order by code")
                .param("all", scope.all())
                .param("govs", scope.sqlIds())
                .query(Government.class)
                .list();
    }

    /**
     * The government and every government below it, for a leader's read-only view: one recursive query, evaluated
     * at each request (a government created after the leader logged in is in its scope at the next page).
     */
    public List<Long> withDescendants(long id) {
        return jdbc.sql("""
                        with recursive below (id) as (
                            select id from government where id = :id
                            union all
                            select g.id from government g join below b on g.parent_id = b.id)
                        select id from below""").param("id", id).query(Long.class).list();
    }

    /**
     * The governments at the top of a scope: those whose parent is outside it (for a leader its own government,
     * for an administrator the governments without a parent), by 行政区划代码, at most {@code limit}.
     */
    public List<Government> tops(Scope scope, int limit) {
        return jdbc.sql(COLUMNS + """
                        where (:all or id in (:govs))
                          and (parent_id is null or not (:all or parent_id in (:govs)))
                        order by code fetch first :limit rows only""")
                .param("all", scope.all())
                .param("govs", scope.sqlIds())
                .param("limit", limit)
                .query(Government.class)
                .list();
    }

    /**
     * One page of the governments directly below {@code parentId} in the scope, by 行政区划代码 after {@code afterCode}
     * (keyset: blank for the first page), whose name or code contains {@code query} (blank for all): at most
     * {@code limit}.
     */
    public List<Government> children(long parentId, Scope scope, String query, String afterCode, int limit) {
        String q = query == null ? "" : query.strip();
        return jdbc.sql(COLUMNS + """
                        where parent_id = :parent and (:all or id in (:govs))
                          and (:q = '' or name like :like escape '\\' or code like :like escape '\\')
                          and code > :after
                        order by code fetch first :limit rows only""")
                .param("parent", parentId)
                .param("all", scope.all())
                .param("govs", scope.sqlIds())
                .param("q", q)
                .param("like", "%" + likeEscaped(q) + "%")
                .param("after", afterCode == null ? "" : afterCode)
                .param("limit", limit)
                .query(Government.class)
                .list();
    }

    /** How many governments of the scope are directly below each of the given ones (those without any are left out). */
    public Map<Long, Integer> childCounts(Collection<Long> ids, Scope scope) {
        Map<Long, Integer> result = new HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                        select parent_id, count(*) as n from government
                        where parent_id in (:ids) and (:all or id in (:govs)) group by parent_id""")
                .param("ids", List.copyOf(ids))
                .param("all", scope.all())
                .param("govs", scope.sqlIds())
                .query((rs, i) -> result.put(rs.getLong("parent_id"), rs.getInt("n")))
                .list();
        return result;
    }

    /** The government and those above it, the top first (one recursive query). */
    public List<Government> ancestry(long id) {
        List<Government> upward =
                jdbc.sql("""
                        with recursive up (id, code, name, level, parent_id, depth) as (
                            select id, code, name, level, parent_id, 0 from government where id = :id
                            union all
                            select g.id, g.code, g.name, g.level, g.parent_id, u.depth + 1
                            from government g join up u on g.id = u.parent_id)
                        select id, code, name, level, parent_id from up order by depth desc""").param("id", id).query(Government.class).list();
        return upward;
    }

    private static String likeEscaped(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
