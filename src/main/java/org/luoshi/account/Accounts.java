package org.luoshi.account;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.luoshi.audit.ActorNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who holds a role, for modules that notify people (reminders) without reading the account tables, and the
 * display names the audit trail shows.
 */
@Service
@Transactional(readOnly = true)
public class Accounts implements ActorNames {

    private final JdbcClient jdbc;

    Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The user's e-mail address, when one is set. */
    public java.util.Optional<String> emailOf(String username) {
        return jdbc.sql("select email from app_user where username = :u and email is not null and enabled")
                .param("u", username)
                .query(String.class)
                .optional();
    }

    /** The enabled users of a role bound to a unit. */
    public List<String> ofUnit(long unitId, Role role) {
        return jdbc.sql(
                        "select username from app_user where unit_id = :unit and role = :role and enabled order by username")
                .param("unit", unitId)
                .param("role", role.name())
                .query(String.class)
                .list();
    }

    /** Which of these units have at least one enabled user of the role (one query per thousand units). */
    public java.util.Set<Long> unitsWith(Role role, Collection<Long> unitIds) {
        java.util.Set<Long> found = new java.util.HashSet<>();
        List<Long> ids = List.copyOf(new java.util.LinkedHashSet<>(unitIds));
        for (int from = 0; from < ids.size(); from += 1000) {
            found.addAll(jdbc.sql(
                            "select distinct unit_id from app_user where unit_id in (:units) and role = :role and enabled")
                    .param("units", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .param("role", role.name())
                    .query(Long.class)
                    .list());
        }
        return found;
    }

    @Override
    public Map<String, String> displayNames(Collection<String> actors) {
        Map<String, String> names = new HashMap<>();
        List<String> all = List.copyOf(actors);
        for (int i = 0; i < all.size(); i += 1000) {
            jdbc.sql("select username, display_name from app_user where username in (:u)")
                    .param("u", all.subList(i, Math.min(all.size(), i + 1000)))
                    .query((rs, n) -> rs.getString(2) == null ? null : names.put(rs.getString(1), rs.getString(2)))
                    .list();
        }
        return names;
    }

    /** The enabled administrators. */
    public List<String> administrators() {
        return jdbc.sql("select username from app_user where role = 'ADMIN' and enabled order by username")
                .query(String.class)
                .list();
    }

    /** The enabled office users of a government. */
    public List<String> officeOf(long governmentId) {
        return jdbc.sql(
                        "select username from app_user where government_id = :gov and role = 'OFFICE' and enabled order by username")
                .param("gov", governmentId)
                .query(String.class)
                .list();
    }
}
