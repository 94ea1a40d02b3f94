package org.luoshi.plan;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** A government's units, found by name or alias ("财政局" may be an alias of "市财政局"). */
@Repository
class Units {

    private final JdbcClient jdbc;

    Units(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> find(long governmentId, String name) {
        Optional<Long> byName = jdbc.sql("select id from unit where government_id = :gov and name = :name")
                .param("gov", governmentId)
                .param("name", name)
                .query(Long.class)
                .optional();
        if (byName.isPresent()) {
            return byName;
        }
        return jdbc.sql("select unit_id from unit_alias where government_id = :gov and alias = :name")
                .param("gov", governmentId)
                .param("name", name)
                .query(Long.class)
                .optional();
    }

    /** A resolver that remembers, so an import resolves each name once. */
    Resolver resolver(long governmentId) {
        return new Resolver(governmentId);
    }

    final class Resolver {
        private final long governmentId;
        private final Map<String, Long> known = new HashMap<>();
        private int created;

        private Resolver(long governmentId) {
            this.governmentId = governmentId;
        }

        long idOf(String name) {
            return known.computeIfAbsent(name, n -> find(governmentId, n).orElseGet(() -> create(n)));
        }

        int created() {
            return created;
        }

        private long create(String name) {
            var keys = new GeneratedKeyHolder();
            jdbc.sql("insert into unit (government_id, name) values (:gov, :name)")
                    .param("gov", governmentId)
                    .param("name", name)
                    .update(keys, "id");
            created++;
            return keys.getKey().longValue();
        }
    }
}
