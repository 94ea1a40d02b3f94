package org.luoshi.account;

import java.util.Collection;
import java.util.List;
import org.luoshi.plan.Scope;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The logged-in user with the scope of governments it may see, fixed at login. */
public final class LuoshiUser implements UserDetails {

    private final String username;
    private final String passwordHash;
    private final String displayName;
    private final Role role;
    private final Long governmentId;
    private final boolean enabled;
    private final Scope scope;

    LuoshiUser(String username, String passwordHash, String displayName, Role role, Long governmentId,
               boolean enabled, Scope scope) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.governmentId = governmentId;
        this.enabled = enabled;
        this.scope = scope;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public Long governmentId() {
        return governmentId;
    }

    public Scope scope() {
        return scope;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
