package org.luoshi.account;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.luoshi.DomainException;
import org.luoshi.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user changes their own password; this is also how the forced change at first login ends. Every session of the
 * user ends with it, on every instance (whoever stole one is out); the page then asks for a new login.
 */
@Service
public class Passwords {

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final Clock clock;
    private final Sessions sessions;

    Passwords(JdbcClient jdbc, PasswordEncoder encoder, AuditTrail audit, Clock clock, Sessions sessions) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
        this.sessions = sessions;
    }

    @Transactional
    public void change(LuoshiUser user, String current, String replacement, String repeated) {
        String hash = jdbc.sql("select password_hash from app_user where username = :u")
                .param("u", user.getUsername())
                .query(String.class)
                .single();
        if (current == null || !encoder.matches(current, hash)) {
            throw DomainException.of(DomainException.Kind.BAD_INPUT, "account.current-password-wrong");
        }
        if (replacement == null || !replacement.equals(repeated)) {
            throw DomainException.of(DomainException.Kind.BAD_INPUT, "account.new-passwords-differ");
        }
        if (replacement.equals(current)) {
            throw DomainException.of(DomainException.Kind.BAD_INPUT, "account.new-password-must-differ");
        }
        PasswordRules.check(user.getUsername(), replacement);
        jdbc.sql("""
                        update app_user set password_hash = :h, must_change_password = false, password_changed_at = :now
                        where username = :u""")
                .param("h", encoder.encode(replacement))
                .param("now", OffsetDateTime.now(clock))
                .param("u", user.getUsername())
                .update();
        audit.record(
                user.governmentId(),
                user.getUsername(),
                "user.password",
                "user",
                user.getUsername(),
                "password changed; " + sessions.endAll(user.getUsername()) + " sessions ended");
    }
}
