package org.luoshi.plan;

import java.util.ArrayList;
import java.util.List;
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

    /** The government and every government below it, for a leader's read-only view. */
    public List<Long> withDescendants(long id) {
        List<Government> all = jdbc.sql(COLUMNS).query(Government.class).list();
        List<Long> result = new ArrayList<>();
        result.add(id);
        for (int i = 0; i < result.size(); i++) {
            long parent = result.get(i);
            all.stream()
                    .filter(g -> g.parentId() != null && g.parentId() == parent)
                    .forEach(g -> result.add(g.id()));
        }
        return result;
    }
}
