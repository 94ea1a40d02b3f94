package org.luoshi.account;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.luoshi.plan.Scope;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in user with the scope of governments it may see: computed at login, and for a leader computed again at
 * every request from the government tree ({@link ScopePerRequest}). Reporters and approvers are
 * bound to one unit ({@link #unitId()}); others have none.
 */
public final class LuoshiUser implements UserDetails {

    private final String username;
    private final String passwordHash;
    private final String displayName;
    private final Role role;
    private final Long governmentId;
    private final Long unitId;
    private final boolean enabled;
    private final boolean locked;
    private final boolean mustChangePassword;
    private final OffsetDateTime previousLogin;
    private final Scope scope;
    // The government an API token is bound to (its scope narrowed to that subtree); null when not narrowed.
    private final Long boundTo;

    LuoshiUser(
            String username,
            String passwordHash,
            String displayName,
            Role role,
            Long governmentId,
            Long unitId,
            boolean enabled,
            boolean locked,
            boolean mustChangePassword,
            OffsetDateTime previousLogin,
            Scope scope) {
        this(
                username,
                passwordHash,
                displayName,
                role,
                governmentId,
                unitId,
                enabled,
                locked,
                mustChangePassword,
                previousLogin,
                scope,
                null);
    }

    private LuoshiUser(
            String username,
            String passwordHash,
            String displayName,
            Role role,
            Long governmentId,
            Long unitId,
            boolean enabled,
            boolean locked,
            boolean mustChangePassword,
            OffsetDateTime previousLogin,
            Scope scope,
            Long boundTo) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.governmentId = governmentId;
        this.unitId = unitId;
        this.enabled = enabled;
        this.locked = locked;
        this.mustChangePassword = mustChangePassword;
        this.previousLogin = previousLogin;
        this.scope = scope;
        this.boundTo = boundTo;
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

    /** The unit a reporter or approver reports for; null for other roles. */
    public Long unitId() {
        return unitId;
    }

    public Scope scope() {
        return scope;
    }

    /**
     * True when an API token bound to a government narrowed this user's scope: the token's scope is evaluated at each
     * request where the token is checked ({@link ApiTokens}), and must never be widened again to the owner's.
     */
    boolean narrowed() {
        return boundTo != null;
    }

    /**
     * The same user with the scope evaluated again (at each request, {@link ScopePerRequest}). A narrowed user keeps
     * no more than it had: the fresh scope is intersected with the narrowed one, never widened.
     */
    LuoshiUser withScope(Scope fresh) {
        Scope scope = !narrowed()
                ? fresh
                : fresh.all()
                        ? this.scope
                        : Scope.of(fresh.governmentIds().stream()
                                .filter(this.scope::allows)
                                .toList());
        return new LuoshiUser(
                username,
                passwordHash,
                displayName,
                role,
                governmentId,
                unitId,
                enabled,
                locked,
                mustChangePassword,
                previousLogin,
                scope,
                boundTo);
    }

    /** True until the user replaces a password someone else set. */
    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** The login before this one, shown in the header (等保: last login displayed); null at the first. */
    public OffsetDateTime previousLogin() {
        return previousLogin;
    }

    /** The same user seeing no more than {@code narrower} (an API token bound to government {@code bound}). */
    LuoshiUser narrowedTo(Scope narrower, long bound) {
        return new LuoshiUser(
                username,
                passwordHash,
                displayName,
                role,
                governmentId,
                unitId,
                enabled,
                locked,
                mustChangePassword,
                previousLogin,
                narrower,
                bound);
    }

    public boolean is(Role r) {
        return role == r;
    }

    /** The office of this government, or the administrator. */
    public boolean runsOfficeOf(long government) {
        return role == Role.ADMIN || (role == Role.OFFICE && governmentId != null && governmentId == government);
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

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    /**
     * Sessions are stored in the database (Java serialization): the scope travels as its plain values, so that its
     * type need not be serializable.
     */
    @java.io.Serial
    private Object writeReplace() {
        // The password hash is not needed once logged in: it is not written into the session table.
        return new Stored(
                username,
                "",
                displayName,
                role,
                governmentId,
                unitId,
                enabled,
                locked,
                mustChangePassword,
                previousLogin,
                scope.all(),
                new java.util.ArrayList<>(scope.governmentIds()),
                boundTo);
    }

    private record Stored(
            String username,
            String passwordHash,
            String displayName,
            Role role,
            Long governmentId,
            Long unitId,
            boolean enabled,
            boolean locked,
            boolean mustChangePassword,
            OffsetDateTime previousLogin,
            boolean all,
            java.util.ArrayList<Long> governmentIds,
            Long boundTo)
            implements java.io.Serializable {
        @java.io.Serial
        private Object readResolve() {
            return new LuoshiUser(
                    username,
                    passwordHash,
                    displayName,
                    role,
                    governmentId,
                    unitId,
                    enabled,
                    locked,
                    mustChangePassword,
                    previousLogin,
                    all ? Scope.everything() : Scope.of(governmentIds),
                    boundTo);
        }
    }

    static boolean lockedAt(OffsetDateTime lockedUntil, Instant now) {
        return lockedUntil != null && lockedUntil.toInstant().isAfter(now);
    }
}
