package org.luoshi.account;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A browser its owner logged in from before: at each successful form login it gets a cookie naming the account,
 * signed with a secret every instance shares (in {@code account_secret}). Such a browser is not made to wait after
 * other people's failed attempts on the account, so a stranger's guessing cannot keep the owner out.
 */
@Component
class KnownDevices {

    static final String COOKIE = "luoshi-device";
    private static final Duration LIFETIME = Duration.ofDays(180);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate own;
    private volatile byte[] secret;

    KnownDevices(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    void remember(HttpServletRequest request, HttpServletResponse response, String username) {
        long issued = clock.instant().getEpochSecond();
        String body = Base64.getUrlEncoder().withoutPadding().encodeToString(username.getBytes(StandardCharsets.UTF_8))
                + "." + issued;
        Cookie cookie = new Cookie(COOKIE, body + "." + sign(body));
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setMaxAge((int) LIFETIME.toSeconds());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    /** True when the request carries this account's valid, unexpired device cookie. */
    boolean recognises(HttpServletRequest request, String username) {
        if (request.getCookies() == null) {
            return false;
        }
        for (Cookie c : request.getCookies()) {
            if (COOKIE.equals(c.getName()) && valid(c.getValue(), username)) {
                return true;
            }
        }
        return false;
    }

    boolean valid(String value, String username) {
        String[] parts = value == null ? new String[0] : value.split("\\.");
        if (parts.length != 3) {
            return false;
        }
        String body = parts[0] + "." + parts[1];
        try {
            String named = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
            long issued = Long.parseLong(parts[1]);
            boolean fresh = clock.instant().getEpochSecond() - issued < LIFETIME.toSeconds();
            return fresh
                    && named.equals(username)
                    && MessageDigest.isEqual(
                            sign(body).getBytes(StandardCharsets.US_ASCII),
                            parts[2].getBytes(StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private String sign(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] secret() {
        byte[] s = secret;
        if (s == null) {
            s = Base64.getDecoder().decode(loadOrCreate());
            secret = s;
        }
        return s;
    }

    private String loadOrCreate() {
        var existing = read();
        if (existing != null) {
            return existing;
        }
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        try {
            own.executeWithoutResult(t -> jdbc.sql("insert into account_secret (name, secret) values ('device', :s)")
                    .param("s", Base64.getEncoder().encodeToString(fresh))
                    .update());
        } catch (DuplicateKeyException anotherInstanceWasFirst) {
            // Its secret is the one every instance uses.
        }
        return read();
    }

    private String read() {
        return own.execute(t -> jdbc.sql("select secret from account_secret where name = 'device'")
                .query(String.class)
                .optional()
                .orElse(null));
    }
}
