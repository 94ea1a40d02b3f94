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

    /** Who the user is, as the account table says at login; the same in every copy of this user. */
    record Account(
            String username,
            String passwordHash,
            String displayName,
            Role role,
            Long governmentId,
            Long unitId,
            boolean enabled,
            boolean locked,
            boolean mustChangePassword,
            OffsetDateTime previousLogin) {}

    private final Account account;
    private final Scope scope;
    // The government an API token is bound to (its scope narrowed to that subtree); null when not narrowed.
    private final Long boundTo;

    LuoshiUser(Account account, Scope scope) {
        this(account, scope, null);
    }

    private LuoshiUser(Account account, Scope scope, Long boundTo) {
        this.account = account;
        this.scope = scope;
        this.boundTo = boundTo;
    }

    public String displayName() {
        return account.displayName();
    }

    public Role role() {
        return account.role();
    }

    public Long governmentId() {
        return account.governmentId();
    }

    /** The unit a reporter or approver reports for; null for other roles. */
    public Long unitId() {
        return account.unitId();
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
        return new LuoshiUser(account, scope, boundTo);
    }

    /** True until the user replaces a password someone else set. */
    public boolean mustChangePassword() {
        return account.mustChangePassword();
    }

    /** The login before this one, shown in the header (等保: last login displayed); null at the first. */
    public OffsetDateTime previousLogin() {
        return account.previousLogin();
    }

    /** The same user seeing no more than {@code narrower} (an API token bound to government {@code bound}). */
    LuoshiUser narrowedTo(Scope narrower, long bound) {
        return new LuoshiUser(account, narrower, bound);
    }

    public boolean is(Role r) {
        return account.role() == r;
    }

    /** The office of this government, or the administrator. */
    public boolean runsOfficeOf(long government) {
        Long own = account.governmentId();
        return is(Role.ADMIN) || (is(Role.OFFICE) && own != null && own == government);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name()));
    }

    @Override
    public String getPassword() {
        return account.passwordHash();
    }

    @Override
    public String getUsername() {
        return account.username();
    }

    @Override
    public boolean isEnabled() {
        return account.enabled();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !account.locked();
    }

    /**
     * Sessions are stored in the database (Java serialization): the scope travels as its plain values, so that its
     * type need not be serializable.
     */
    @java.io.Serial
    private Object writeReplace() {
        // The password hash is not needed once logged in: it is not written into the session table.
        Account a = account;
        return new Stored(
                a.username(),
                "",
                a.displayName(),
                a.role(),
                a.governmentId(),
                a.unitId(),
                a.enabled(),
                a.locked(),
                a.mustChangePassword(),
                a.previousLogin(),
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
                    new Account(
                            username,
                            passwordHash,
                            displayName,
                            role,
                            governmentId,
                            unitId,
                            enabled,
                            locked,
                            mustChangePassword,
                            previousLogin),
                    all ? Scope.everything() : Scope.of(governmentIds),
                    boundTo);
        }
    }

    static boolean lockedAt(OffsetDateTime lockedUntil, Instant now) {
        return lockedUntil != null && lockedUntil.toInstant().isAfter(now);
    }
}
