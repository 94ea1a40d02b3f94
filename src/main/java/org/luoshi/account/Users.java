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
        Row row = jdbc.sql("select " + COLUMNS + " from app_user u where u.username = :username")
                .param("username", username)
                .query(Row.class)
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        return user(row);
    }

    private static final String COLUMNS = """
            u.username, u.password_hash, u.display_name, u.role, u.government_id, u.unit_id, u.enabled,
            u.locked_until, u.must_change_password, u.last_login_at""";

    private LuoshiUser user(Row row) {
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

    /** An API token's row and its owner as a login would load it. */
    record TokenAndOwner(
            long id,
            String name,
            boolean writes,
            Long governmentId,
            OffsetDateTime expiresAt,
            OffsetDateTime revokedAt,
            LuoshiUser owner) {}

    /**
     * The token with that SHA-256 and its owner, read in one query (an API call's authentication is one round trip,
     * not two); empty when there is no such token or its owner is gone.
     */
    Optional<TokenAndOwner> tokenWithOwner(String secretHash) {
        return jdbc.sql("select t.id as token_id, t.name as token_name, t.writes as token_writes,"
                        + " t.government_id as token_government, t.expires_at as token_expires,"
                        + " t.revoked_at as token_revoked, " + COLUMNS
                        + " from api_token t join app_user u on u.username = t.username where t.secret_hash = :h")
                .param("h", secretHash)
                .query((rs, i) -> new TokenAndOwner(
                        rs.getLong("token_id"),
                        rs.getString("token_name"),
                        rs.getBoolean("token_writes"),
                        rs.getObject("token_government", Long.class),
                        rs.getObject("token_expires", OffsetDateTime.class),
                        rs.getObject("token_revoked", OffsetDateTime.class),
                        user(new Row(
                                rs.getString("username"),
                                rs.getString("password_hash"),
                                rs.getString("display_name"),
                                rs.getString("role"),
                                rs.getObject("government_id", Long.class),
                                rs.getObject("unit_id", Long.class),
                                rs.getBoolean("enabled"),
                                rs.getObject("locked_until", OffsetDateTime.class),
                                rs.getBoolean("must_change_password"),
                                rs.getObject("last_login_at", OffsetDateTime.class)))))
                .optional();
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
