package org.luoshi.plan;

import java.util.List;
import org.luoshi.DomainException;
import org.luoshi.DomainException.Kind;
import org.luoshi.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Choosing a task's units while editing: a government's units found by a part of their name or of an alias
 * (typing 财政局 finds 市财政局(国资委) when that is its name or one of its aliases), and a new unit created from
 * the form.
 */
@Service
public class UnitPicker {

    /** A unit to choose, with its aliases joined by "\u3001". */
    public record UnitChoice(long id, String name, String aliases) {}

    static final int LIMIT = 50;

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    UnitPicker(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** At most {@value #LIMIT} units of the government matching {@code query} (all when blank), by name. */
    @Transactional(readOnly = true)
    public List<UnitChoice> search(long governmentId, String query, Scope scope) {
        requireVisible(governmentId, scope);
        String q = query == null ? "" : query.strip();
        if (q.length() > 200) {
            throw DomainException.of(Kind.BAD_INPUT, "edit.field.tooLong", "q", 200);
        }
        String like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        List<UnitChoice> found = jdbc.sql("""
                        select u.id, u.name, '' as aliases from unit u where u.government_id = :gov
                        and (u.name like :like escape '\\' or exists (select 1 from unit_alias a
                             where a.unit_id = u.id and a.alias like :like escape '\\'))
                        order by length(u.name), u.name fetch first :limit rows only""")
                .param("gov", governmentId)
                .param("like", like)
                .param("limit", LIMIT)
                .query(UnitChoice.class)
                .list();
        return found.stream()
                .map(u -> new UnitChoice(u.id(), u.name(), String.join("\u3001", aliases(u.id()))))
                .toList();
    }

    /** A new unit of the government; refused when the name is already a unit's name or alias. */
    @Transactional
    public UnitChoice create(long governmentId, String name, String actor, Scope scope) {
        requireVisible(governmentId, scope);
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw DomainException.of(Kind.BAD_INPUT, "edit.unit.name.empty");
        }
        if (n.length() > 200) {
            throw DomainException.of(Kind.BAD_INPUT, "edit.field.tooLong", "name", 200);
        }
        int taken = jdbc.sql("""
                select (select count(*) from unit where government_id = :gov and name = :name)
                     + (select count(*) from unit_alias where government_id = :gov and alias = :name)""")
                .param("gov", governmentId)
                .param("name", n)
                .query(Integer.class)
                .single();
        if (taken > 0) {
            throw DomainException.of(Kind.CONFLICT, "edit.unit.taken", n);
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into unit (government_id, name) values (:gov, :name)")
                .param("gov", governmentId)
                .param("name", n)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        audit.record(governmentId, actor, "unit.create", "unit", String.valueOf(id), n);
        return new UnitChoice(id, n, "");
    }

    private List<String> aliases(long unitId) {
        return jdbc.sql("select alias from unit_alias where unit_id = :unit order by alias")
                .param("unit", unitId)
                .query(String.class)
                .list();
    }

    private static void requireVisible(long governmentId, Scope scope) {
        if (!scope.allows(governmentId)) {
            throw DomainException.of(Kind.NOT_FOUND, "edit.government.notFound", governmentId);
        }
    }
}
