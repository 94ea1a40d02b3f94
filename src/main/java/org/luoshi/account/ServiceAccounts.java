package org.luoshi.account;

import java.util.List;
import org.luoshi.DomainException;
import org.luoshi.DomainException.Kind;
import org.luoshi.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts for machine clients (a provincial platform, a data office's job), created by the administrator. They
 * have no password anyone could type (the stored hash is no bcrypt hash, so no login matches it) and act through
 * their {@link ApiTokens tokens} only.
 */
@Service
public class ServiceAccounts {

    /** A service account as the administrator lists it. */
    public record ServiceAccountView(String username, String displayName, String role, Long governmentId) {}

    private static final String NO_PASSWORD = "!service-account";

    private final JdbcClient jdbc;
    private final Users users;
    private final AuditTrail audit;

    ServiceAccounts(JdbcClient jdbc, Users users, AuditTrail audit) {
        this.jdbc = jdbc;
        this.users = users;
        this.audit = audit;
    }

    /** Creates one: an office's (reads and moves its government's work) or a leader's (reads only). */
    @Transactional
    public void create(LuoshiUser admin, String username, String displayName, Role role, Long governmentId) {
        if (!admin.is(Role.ADMIN)) {
            throw new AccessDeniedException("administrator only");
        }
        String name = username == null ? "" : username.strip();
        if (!name.matches("[a-z0-9][a-z0-9._-]{2,59}")) {
            throw DomainException.of(Kind.BAD_INPUT, "service-account.username");
        }
        if (role != Role.OFFICE && role != Role.LEADER) {
            throw DomainException.of(Kind.BAD_INPUT, "service-account.role");
        }
        if (governmentId == null) {
            throw DomainException.of(Kind.BAD_INPUT, "service-account.government");
        }
        if (users.exists(name)) {
            throw DomainException.of(Kind.CONFLICT, "service-account.taken", name);
        }
        String display = displayName == null || displayName.isBlank() ? name : displayName.strip();
        users.create(name, NO_PASSWORD, display, role, governmentId);
        jdbc.sql("update app_user set service_account = true where username = :u")
                .param("u", name)
                .update();
        audit.record(governmentId, admin.getUsername(), "service-account.create", "app_user", name, role.name());
    }

    public List<ServiceAccountView> list() {
        return jdbc.sql("""
                        select username, display_name, role, government_id from app_user
                        where service_account = true order by username""").query(ServiceAccountView.class).list();
    }
}
