package org.luoshi.account;

import org.luoshi.DomainException;
import org.luoshi.audit.AuditTrail;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators created from the command line: a PostgreSQL installation has no demo accounts, so its first
 * administrator is created by whoever runs the application's own command on the server ({@code luoshi user
 * add-admin}), not through a page anybody could reach before an administrator exists.
 */
@Service
public class Administrators {

    private final Users users;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;

    Administrators(Users users, PasswordEncoder encoder, AuditTrail audit) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
    }

    /** Creates an administrator who must change the password at the first login; audited as done by {@code actor}. */
    @Transactional
    public void create(String username, String displayName, String password, String actor) {
        String name = username == null ? "" : username.strip();
        if (!name.matches("[A-Za-z0-9_.-]{3,60}")) {
            throw DomainException.of(DomainException.Kind.BAD_INPUT, "account.user-name-3-60");
        }
        if (users.exists(name)) {
            throw DomainException.of(DomainException.Kind.CONFLICT, "account.user-name-exists");
        }
        PasswordRules.check(name, password);
        String display = displayName == null || displayName.isBlank() ? name : displayName.strip();
        if (display.length() > 100) {
            throw DomainException.of(DomainException.Kind.BAD_INPUT, "account.display-name-has-at");
        }
        users.create(name, encoder.encode(password), display, Role.ADMIN, null, null, true);
        audit.record(null, actor, "user.create", "user", name, "role ADMIN (command line)");
    }
}
