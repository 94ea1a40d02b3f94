package org.luoshi.account;

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

    private record Row(String username, String passwordHash, String displayName, String role, Long governmentId,
                       boolean enabled) {
    }

    private final JdbcClient jdbc;
    private final Governments governments;

    Users(JdbcClient jdbc, Governments governments) {
        this.jdbc = jdbc;
        this.governments = governments;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Row row = jdbc.sql("""
                        select username, password_hash, display_name, role, government_id, enabled
                        from app_user where username = :username""")
                .param("username", username).query(Row.class).optional()
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        Role role = Role.valueOf(row.role());
        return new LuoshiUser(row.username(), row.passwordHash(), row.displayName(), role, row.governmentId(),
                row.enabled(), scopeOf(role, row.governmentId()));
    }

    Scope scopeOf(Role role, Long governmentId) {
        if (role == Role.ADMIN) {
            return Scope.everything();
        }
        if (governmentId == null) {
            return Scope.of(List.of());
        }
        return role == Role.LEADER ? Scope.of(governments.withDescendants(governmentId)) : Scope.of(List.of(governmentId));
    }

    boolean exists(String username) {
        return jdbc.sql("select count(*) from app_user where username = :u").param("u", username)
                .query(Integer.class).single() > 0;
    }

    void create(String username, String passwordHash, String displayName, Role role, Long governmentId) {
        jdbc.sql("""
                        insert into app_user (username, password_hash, display_name, role, government_id)
                        values (:username, :hash, :display, :role, :gov)""")
                .param("username", username).param("hash", passwordHash).param("display", displayName)
                .param("role", role.name()).param("gov", governmentId).update();
    }

    Optional<Long> governmentIdByName(String name) {
        return governments.byName(name).map(g -> g.id());
    }
}
