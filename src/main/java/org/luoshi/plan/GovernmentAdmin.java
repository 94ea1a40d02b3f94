package org.luoshi.plan;

import java.util.List;
import java.util.Set;
import org.luoshi.DomainException;
import org.luoshi.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The administrator's work on governments: list them with their parents, create one. */
@Service
public class GovernmentAdmin {

    static final Set<String> LEVELS = Set.of("province", "city", "county", "district", "township");

    /** A government as the list shows it. */
    public record GovernmentRow(long id, String code, String name, String level, String parentName) {}

    /** What the administrator types to create a government. */
    public record NewGovernment(String code, String name, String level, Long parentId) {}

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    GovernmentAdmin(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public List<GovernmentRow> list() {
        return jdbc.sql("""
                select g.id, g.code, g.name, g.level, p.name as parent_name
                from government g left join government p on p.id = g.parent_id order by g.code""").query(GovernmentRow.class).list();
    }

    @Transactional
    public long create(NewGovernment form, String actor) {
        String code = form.code() == null ? "" : form.code().strip();
        String name = form.name() == null ? "" : form.name().strip();
        if (!code.matches("[0-9]{6,12}")) {
            throw DomainException.of(DomainException.Kind.BAD_INPUT, "plan.code-6-12-digits");
        }
        if (name.isEmpty() || name.length() > 100) {
            throw DomainException.of(DomainException.Kind.BAD_INPUT, "plan.name-1-100-characters");
        }
        if (form.level() == null || !LEVELS.contains(form.level())) {
            throw DomainException.of(DomainException.Kind.BAD_INPUT, "plan.level-one-province-city");
        }
        if (form.parentId() != null
                && jdbc.sql("select count(*) from government where id = :id")
                                .param("id", form.parentId())
                                .query(Integer.class)
                                .single()
                        == 0) {
            throw DomainException.of(DomainException.Kind.BAD_INPUT, "plan.parent-government-does-not");
        }
        if (jdbc.sql("select count(*) from government where code = :code")
                        .param("code", code)
                        .query(Integer.class)
                        .single()
                > 0) {
            throw DomainException.of(DomainException.Kind.CONFLICT, "plan.code-exists", code);
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into government (code, name, level, parent_id) values (:code, :name, :level, :parent)")
                .param("code", code)
                .param("name", name)
                .param("level", form.level())
                .param("parent", form.parentId())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        audit.record(id, actor, "government.create", "government", String.valueOf(id), code + " " + name);
        return id;
    }
}
