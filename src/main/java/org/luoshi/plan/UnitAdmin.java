package org.luoshi.plan;

import java.util.List;
import org.luoshi.DomainException;
import org.luoshi.audit.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's work on a government's units: rename, add an alias, and merge a unit that is another
 * name of the same body ("财政局" into "市财政局"), so later imports resolve the old name through the alias.
 */
@Service
public class UnitAdmin {

    /** A unit as the list shows it; {@code aliases} joined by "、". */
    public record UnitRow(long id, String name, String aliases, int tasks) {}

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    UnitAdmin(JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
    }

    public List<UnitRow> list(long governmentId) {
        List<UnitRow> rows =
                jdbc.sql("""
                select u.id, u.name, '' as aliases,
                       (select count(distinct tu.task_id) from task_unit tu where tu.unit_id = u.id) as tasks
                from unit u where u.government_id = :gov order by u.name""").param("gov", governmentId).query(UnitRow.class).list();
        return rows.stream()
                .map(r -> new UnitRow(r.id(), r.name(), String.join("、", aliases(r.id())), r.tasks()))
                .toList();
    }

    List<String> aliases(long unitId) {
        return jdbc.sql("select alias from unit_alias where unit_id = :unit order by alias")
                .param("unit", unitId)
                .query(String.class)
                .list();
    }

    @Transactional
    public void rename(long governmentId, long unitId, String newName, String actor) {
        String name = cleaned(newName);
        String old = nameOf(governmentId, unitId);
        if (name.equals(old)) {
            return;
        }
        requireFree(governmentId, name, unitId);
        jdbc.sql("update unit set name = :name where id = :id and government_id = :gov")
                .param("name", name)
                .param("id", unitId)
                .param("gov", governmentId)
                .update();
        audit.record(governmentId, actor, "unit.rename", "unit", String.valueOf(unitId), old + " → " + name);
    }

    @Transactional
    public void addAlias(long governmentId, long unitId, String alias, String actor) {
        String name = cleaned(alias);
        nameOf(governmentId, unitId);
        requireFree(governmentId, name, null);
        insertAlias(governmentId, unitId, name);
        audit.record(governmentId, actor, "unit.alias", "unit", String.valueOf(unitId), name);
    }

    /**
     * Merges unit {@code from} into unit {@code into}: its task roles move to {@code into} (a task that already
     * names {@code into} in the same role keeps one entry), its reports and users move with {@link UnitsMerged} in
     * the same transaction, its name and aliases become aliases of {@code into}, and it is deleted.
     */
    @Transactional
    public void merge(long governmentId, long into, long from, String actor) {
        if (into == from) {
            throw DomainException.of(DomainException.Kind.BAD_INPUT, "plan.unit-cannot-merged-into");
        }
        String intoName = nameOf(governmentId, into);
        String fromName = nameOf(governmentId, from);
        events.publishEvent(new UnitsMerged(governmentId, into, from));
        jdbc.sql("""
                delete from task_unit where unit_id = :from and exists (select 1 from task_unit o
                  where o.task_id = task_unit.task_id and o.role = task_unit.role and o.unit_id = :into)""").param("from", from).param("into", into).update();
        jdbc.sql("update task_unit set unit_id = :into where unit_id = :from")
                .param("into", into)
                .param("from", from)
                .update();
        List<String> moved = aliases(from);
        jdbc.sql("delete from unit_alias where unit_id = :from")
                .param("from", from)
                .update();
        jdbc.sql("delete from unit where id = :from and government_id = :gov")
                .param("from", from)
                .param("gov", governmentId)
                .update();
        insertAlias(governmentId, into, fromName);
        moved.forEach(alias -> insertAlias(governmentId, into, alias));
        audit.record(governmentId, actor, "unit.merge", "unit", String.valueOf(into), fromName + " → " + intoName);
    }

    private void insertAlias(long governmentId, long unitId, String alias) {
        jdbc.sql("""
                insert into unit_alias (government_id, unit_id, alias) select :gov, :unit, :alias
                where not exists (select 1 from unit_alias where government_id = :gov and alias = :alias)""")
                .param("gov", governmentId)
                .param("unit", unitId)
                .param("alias", alias)
                .update();
    }

    private String nameOf(long governmentId, long unitId) {
        return jdbc.sql("select name from unit where id = :id and government_id = :gov")
                .param("id", unitId)
                .param("gov", governmentId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> DomainException.of(DomainException.Kind.NOT_FOUND, "web.no-such-unit", unitId));
    }

    /** A name is free when no other unit of the government bears it as name or alias. */
    private void requireFree(long governmentId, String name, Long except) {
        int taken = jdbc.sql("""
                select (select count(*) from unit where government_id = :gov and name = :name and id <> :except)
                     + (select count(*) from unit_alias where government_id = :gov and alias = :name)""")
                .param("gov", governmentId)
                .param("name", name)
                .param("except", except == null ? -1L : except)
                .query(Integer.class)
                .single();
        if (taken > 0) {
            throw DomainException.of(DomainException.Kind.CONFLICT, "plan.name-taken", name);
        }
    }

    private static String cleaned(String name) {
        String s = name == null ? "" : name.strip();
        if (s.isEmpty() || s.length() > 200) {
            throw DomainException.of(DomainException.Kind.BAD_INPUT, "plan.unit-name-1-200");
        }
        return s;
    }
}
