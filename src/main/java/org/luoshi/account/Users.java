package org.luoshi.account;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.luoshi.plan.Governments;
import org.luoshi.plan.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads users for login and decides what each may see. */
@Service
class Users implements UserDetailsService {

    private record Row(
            String username,
            String passwordHash,
            String displayName,
            String role,
            Long governmentId,
            Long unitId,
            boolean enabled,
            OffsetDateTime lockedUntil,
            boolean mustChangePassword,
            OffsetDateTime lastLoginAt) {}

    private final JdbcClient jdbc;
    private final Governments governments;
    private final Clock clock;

    Users(JdbcClient jdbc, Governments governments, Clock clock) {
        this.jdbc = jdbc;
        this.governments = governments;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Row row = jdbc.sql("""
                        select username, password_hash, display_name, role, government_id, unit_id, enabled,
                               locked_until, must_change_password, last_login_at
                        from app_user where username = :username""")
                .param("username", username)
                .query(Row.class)
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        Role role = Role.valueOf(row.role());
        return new LuoshiUser(
                new LuoshiUser.Account(
                        row.username(),
                        row.passwordHash(),
                        row.displayName(),
                        role,
                        row.governmentId(),
                        row.unitId(),
                        row.enabled(),
                        LuoshiUser.lockedAt(row.lockedUntil(), clock.instant()),
                        row.mustChangePassword(),
                        row.lastLoginAt()),
                scopeOf(role, row.governmentId()));
    }

    /** The user of that name, as a login would load it. */
    Optional<LuoshiUser> find(String username) {
        try {
            return Optional.of((LuoshiUser) loadUserByUsername(username));
        } catch (UsernameNotFoundException e) {
            return Optional.empty();
        }
    }

    /** A service account of that name (a machine client's account, which has tokens and no password). */
    Optional<LuoshiUser> serviceAccount(String username) {
        boolean service = jdbc.sql("select count(*) from app_user where username = :u and service_account = true")
                        .param("u", username)
                        .query(Integer.class)
                        .single()
                > 0;
        return service ? find(username) : Optional.empty();
    }

    Scope scopeOf(Role role, Long governmentId) {
        if (role == Role.ADMIN) {
            return Scope.everything();
        }
        if (governmentId == null) {
            return Scope.of(List.of());
        }
        return role == Role.LEADER
                ? Scope.of(governments.withDescendants(governmentId))
                : Scope.of(List.of(governmentId));
    }

    boolean exists(String username) {
        return jdbc.sql("select count(*) from app_user where username = :u")
                        .param("u", username)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    void create(String username, String passwordHash, String displayName, Role role, Long governmentId) {
        create(username, passwordHash, displayName, role, governmentId, null, false);
    }

    void create(
            String username,
            String passwordHash,
            String displayName,
            Role role,
            Long governmentId,
            Long unitId,
            boolean mustChangePassword) {
        jdbc.sql("""
                        insert into app_user (username, password_hash, display_name, role, government_id, unit_id,
                                              must_change_password)
                        values (:username, :hash, :display, :role, :gov, :unit, :must)""")
                .param("username", username)
                .param("hash", passwordHash)
                .param("display", displayName)
                .param("role", role.name())
                .param("gov", governmentId)
                .param("unit", unitId)
                .param("must", mustChangePassword)
                .update();
    }

    Optional<Long> governmentIdByName(String name) {
        return governments.byName(name).map(g -> g.id());
    }
}
