package org.luoshi.account;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.luoshi.DomainException;
import org.luoshi.audit.AuditTrail;
import org.luoshi.plan.TaskCatalog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's work on accounts: create (the initial password must be changed at first login), unlock.
 * Reporters and approvers must be bound to a unit of their government.
 */
@Service
public class UserAdmin {

    /** One account as the administrator lists it. */
    public record UserView(
            String username,
            String displayName,
            String role,
            String governmentName,
            String unitName,
            boolean enabled,
            boolean mustChangePassword,
            OffsetDateTime lastLoginAt,
            OffsetDateTime lockedUntil) {}

    /** What the administrator types to create a user. */
    public record NewUser(
            String username, String displayName, Role role, Long governmentId, Long unitId, String password) {}

    private final JdbcClient jdbc;
    private final Users users;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final TaskCatalog catalog;
    private final LoginAttempts attempts;

    UserAdmin(
            JdbcClient jdbc,
            Users users,
            PasswordEncoder encoder,
            AuditTrail audit,
            TaskCatalog catalog,
            LoginAttempts attempts) {
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
        this.attempts = attempts;
    }

    @Transactional(readOnly = true)
    public List<UserView> list() {
        record Row(
                String username,
                String displayName,
                String role,
                Long governmentId,
                Long unitId,
                boolean enabled,
                boolean mustChangePassword,
                OffsetDateTime lastLoginAt,
                OffsetDateTime lockedUntil) {}
        List<Row> rows = jdbc.sql("""
                        select username, display_name, role, government_id, unit_id, enabled, must_change_password,
                               last_login_at, locked_until
                        from app_user order by username""").query(Row.class).list();
        Map<Long, String> governments = catalog.governmentNames(
                rows.stream().map(Row::governmentId).filter(Objects::nonNull).toList());
        Map<Long, String> units = catalog.unitNames(
                rows.stream().map(Row::unitId).filter(Objects::nonNull).toList());
        return rows.stream()
                .map(r -> new UserView(
                        r.username(),
                        r.displayName(),
                        r.role(),
                        r.governmentId() == null ? null : governments.get(r.governmentId()),
                        r.unitId() == null ? null : units.get(r.unitId()),
                        r.enabled(),
                        r.mustChangePassword(),
                        r.lastLoginAt(),
                        r.lockedUntil()))
                .toList();
    }

    @Transactional
    public void create(NewUser form, LuoshiUser admin) {
        requireAdmin(admin);
        String username = form.username() == null ? "" : form.username().strip();
        if (!username.matches("[A-Za-z0-9_.-]{3,60}")) {
            throw DomainException.of(DomainException.Kind.BAD_INPUT, "account.user-name-3-60");
        }
        if (users.exists(username)) {
            throw DomainException.of(DomainException.Kind.CONFLICT, "account.user-name-exists");
        }
        if (form.role() == null) {
            throw DomainException.of(DomainException.Kind.BAD_INPUT, "account.choose-role");
        }
        if (form.role() != Role.ADMIN && form.governmentId() == null) {
            throw DomainException.of(DomainException.Kind.BAD_INPUT, "account.choose-government");
        }
        boolean unitBound = form.role() == Role.REPORTER || form.role() == Role.APPROVER;
        if (unitBound != (form.unitId() != null)) {
            throw DomainException.of(DomainException.Kind.BAD_INPUT, "account.reporters-approvers-are-bound");
        }
        if (unitBound) {
            if (!catalog.unitOf(form.unitId(), form.governmentId())) {
                throw DomainException.of(DomainException.Kind.BAD_INPUT, "account.unit-does-not-belong");
            }
        }
        PasswordRules.check(username, form.password());
        String display = form.displayName() == null || form.displayName().isBlank()
                ? username
                : form.displayName().strip();
        if (display.length() > 100) {
            throw DomainException.of(DomainException.Kind.BAD_INPUT, "account.display-name-at-most");
        }
        users.create(
                username,
                encoder.encode(form.password()),
                display,
                form.role(),
                form.role() == Role.ADMIN ? null : form.governmentId(),
                form.unitId(),
                true);
        audit.record(
                form.governmentId(),
                admin.getUsername(),
                "user.create",
                "user",
                username,
                "role " + form.role() + (form.unitId() == null ? "" : ", unit " + form.unitId()));
    }

    /** Sets or clears (blank) the address reminders are e-mailed to. */
    @Transactional
    public void setEmail(String username, String email, LuoshiUser admin) {
        requireAdmin(admin);
        String address = email == null ? "" : email.strip();
        if (!address.isEmpty() && (address.length() > 200 || !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            throw DomainException.of(DomainException.Kind.BAD_INPUT, "account.not-mail-address");
        }
        jdbc.sql("update app_user set email = :e where username = :u")
                .param("e", address.isEmpty() ? null : address)
                .param("u", username)
                .update();
        audit.record(null, admin.getUsername(), "user.email", "user", username, address.isEmpty() ? "cleared" : "set");
    }

    @Transactional
    public void unlock(String username, LuoshiUser admin) {
        requireAdmin(admin);
        jdbc.sql("update app_user set locked_until = null, failed_logins = 0 where username = :u")
                .param("u", username)
                .update();
        attempts.clear(username);
        audit.record(null, admin.getUsername(), "user.unlock", "user", username, "");
    }

    private static void requireAdmin(LuoshiUser user) {
        if (!user.is(Role.ADMIN)) {
            throw new AccessDeniedException("administrators only");
        }
    }
}
