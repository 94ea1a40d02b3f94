package org.luoshi.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.luoshi.DomainException;
import org.luoshi.DomainException.Kind;
import org.luoshi.audit.AuditTrail;
import org.luoshi.plan.Governments;
import org.luoshi.plan.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens for machine clients. The secret is 256 random bits shown once at creation; the database keeps its
 * SHA-256 only, which is enough because the secret is random (nothing to guess, so no slow hash is needed) and it
 * makes a request cost one indexed look-up instead of a bcrypt. A token acts as its owner, never with more: its
 * government narrows the owner's scope, and a read-only token is refused anything but reading.
 */
@Service
public class ApiTokens {

    /** The prefix of every token, so that a leaked one is recognised by secret scanners. */
    static final String PREFIX = "lsk_";

    /** The longest life of a token: a year. */
    public static final int MAX_DAYS = 366;

    /** A token as its owner and the administrator list it; never its secret. */
    public record TokenView(
            long id,
            String username,
            String name,
            String hint,
            boolean writes,
            Long governmentId,
            String governmentName,
            OffsetDateTime createdAt,
            OffsetDateTime expiresAt,
            OffsetDateTime revokedAt,
            OffsetDateTime lastUsedAt) {

        public boolean active(OffsetDateTime now) {
            return revokedAt == null && expiresAt.isAfter(now);
        }
    }

    /** What the owner asks for. {@code governmentId} null: all the owner may see. */
    public record NewToken(String name, int days, boolean writes, Long governmentId) {}

    /** A token just created: {@code secret} is shown this once. */
    public record Issued(long id, String secret) {}

    /** The owner a token authenticates, and the token. */
    record Authenticated(LuoshiUser user, long tokenId, String tokenName, boolean writes) {}

    private record Row(
            long id,
            String username,
            String name,
            boolean writes,
            Long governmentId,
            OffsetDateTime expiresAt,
            OffsetDateTime revokedAt) {}

    private record Listed(
            long id,
            String username,
            String name,
            String hint,
            boolean writes,
            Long governmentId,
            OffsetDateTime createdAt,
            OffsetDateTime expiresAt,
            OffsetDateTime revokedAt,
            OffsetDateTime lastUsedAt) {}

    private static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final Users users;
    private final Governments governments;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    // When this instance last saw each token's use recorded: within USE_RECORDED_EVERY of it, a request skips the
    // conditional update (which would change nothing) and so costs no write at all. Another instance keeps its own.
    private final Map<Long, OffsetDateTime> recorded = new ConcurrentHashMap<>();

    ApiTokens(JdbcClient jdbc, Users users, Governments governments, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.governments = governments;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates a token for the caller itself. */
    @Transactional
    public Issued create(LuoshiUser owner, NewToken request) {
        return issue(owner, owner, request);
    }

    /** The administrator creates a token for a service account. */
    @Transactional
    public Issued createForServiceAccount(LuoshiUser admin, String serviceAccount, NewToken request) {
        requireAdmin(admin);
        LuoshiUser owner = users.serviceAccount(serviceAccount)
                .orElseThrow(() -> DomainException.of(Kind.NOT_FOUND, "token.no-service-account", serviceAccount));
        return issue(admin, owner, request);
    }

    private Issued issue(LuoshiUser by, LuoshiUser owner, NewToken request) {
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > 100) {
            throw DomainException.of(Kind.BAD_INPUT, "token.name");
        }
        if (request.days() < 1 || request.days() > MAX_DAYS) {
            throw DomainException.of(Kind.BAD_INPUT, "token.days", MAX_DAYS);
        }
        if (request.governmentId() != null && !owner.scope().allows(request.governmentId())) {
            throw DomainException.of(Kind.BAD_INPUT, "token.government");
        }
        if (request.writes() && owner.is(Role.LEADER)) {
            throw DomainException.of(Kind.BAD_INPUT, "token.leader-reads");
        }
        boolean taken = jdbc.sql("select count(*) from api_token where username = :u and name = :n")
                        .param("u", owner.getUsername())
                        .param("n", name)
                        .query(Integer.class)
                        .single()
                > 0;
        if (taken) {
            throw DomainException.of(Kind.CONFLICT, "token.name-taken", name);
        }
        byte[] bits = new byte[32];
        random.nextBytes(bits);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into api_token (username, name, secret_hash, hint, writes, government_id,
                                               created_at, created_by, expires_at)
                        values (:u, :n, :h, :hint, :w, :g, :now, :by, :exp)""")
                .param("u", owner.getUsername())
                .param("n", name)
                .param("h", sha256(secret))
                .param("hint", secret.substring(0, PREFIX.length() + 6))
                .param("w", request.writes())
                .param("g", request.governmentId())
                .param("now", now)
                .param("by", by.getUsername())
                .param("exp", now.plusDays(request.days()))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        audit.record(
                owner.governmentId(),
                by.getUsername(),
                "token.create",
                "api_token",
                String.valueOf(id),
                owner.getUsername() + ": " + name + (request.writes() ? " (read-write)" : " (read-only)"));
        return new Issued(id, secret);
    }

    /** The caller's own tokens, newest first. */
    public List<TokenView> of(String username) {
        return jdbc
                .sql(SELECT + " where t.username = :u order by t.created_at desc, t.id desc")
                .param("u", username)
                .query(Listed.class)
                .list()
                .stream()
                .map(this::view)
                .toList();
    }

    /** The tokens of every service account, for the administrator. */
    public List<TokenView> ofServiceAccounts(LuoshiUser admin) {
        requireAdmin(admin);
        return jdbc.sql(SELECT + """
                         where t.username in (select username from app_user where service_account = true)
                        order by t.username, t.created_at desc, t.id desc""").query(Listed.class).list().stream()
                .map(this::view)
                .toList();
    }

    /** Revokes a token: the owner its own, the administrator a service account's. Revoking twice changes nothing. */
    @Transactional
    public void revoke(long id, LuoshiUser by) {
        Row row = row(id).orElseThrow(() -> DomainException.of(Kind.NOT_FOUND, "token.not-found", id));
        boolean own = row.username().equals(by.getUsername());
        if (!own && !(by.is(Role.ADMIN) && users.serviceAccount(row.username()).isPresent())) {
            throw DomainException.of(Kind.NOT_FOUND, "token.not-found", id);
        }
        int changed = jdbc.sql(
                        "update api_token set revoked_at = :now, revoked_by = :by where id = :id and revoked_at is null")
                .param("now", OffsetDateTime.now(clock))
                .param("by", by.getUsername())
                .param("id", id)
                .update();
        if (changed > 0) {
            audit.record(
                    by.governmentId(),
                    by.getUsername(),
                    "token.revoke",
                    "api_token",
                    String.valueOf(id),
                    row.username() + ": " + row.name());
        }
    }

    /**
     * The owner a presented secret stands for, when the token is known, live and its owner may still log in. The
     * first use in a minute is written as the last use and audited (once a minute, not per request, so that a busy
     * client neither floods the trail nor writes on every read; a conditional update keeps instances from both
     * recording it).
     */
    Optional<Authenticated> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Optional<Users.TokenAndOwner> found = users.tokenWithOwner(sha256(secret));
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (found.isEmpty()
                || found.get().revokedAt() != null
                || !found.get().expiresAt().isAfter(now)) {
            return Optional.empty();
        }
        Users.TokenAndOwner t = found.get();
        Row row = new Row(
                t.id(), t.owner().getUsername(), t.name(), t.writes(), t.governmentId(), t.expiresAt(), t.revokedAt());
        Optional<LuoshiUser> owner = Optional.of(t.owner()).filter(u -> u.isEnabled() && u.isAccountNonLocked());
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        LuoshiUser user = row.governmentId() == null
                ? owner.get()
                : owner.get().narrowedTo(narrowed(owner.get(), row), row.governmentId());
        recordUse(row, user, now);
        return Optional.of(new Authenticated(user, row.id(), row.name(), row.writes()));
    }

    private Scope narrowed(LuoshiUser owner, Row row) {
        return Scope.of(governments.withDescendants(row.governmentId()).stream()
                .filter(owner.scope()::allows)
                .toList());
    }

    private void recordUse(Row row, LuoshiUser user, OffsetDateTime now) {
        OffsetDateTime seen = recorded.get(row.id());
        if (seen != null && seen.isAfter(now.minus(USE_RECORDED_EVERY))) {
            return;
        }
        if (recorded.size() > 10_000) {
            recorded.clear();
        }
        recorded.put(row.id(), now);
        int first = jdbc.sql("""
                        update api_token set last_used_at = :now
                        where id = :id and (last_used_at is null or last_used_at < :since)""")
                .param("now", now)
                .param("id", row.id())
                .param("since", now.minus(USE_RECORDED_EVERY))
                .update();
        if (first > 0) {
            audit.record(
                    user.governmentId(),
                    user.getUsername(),
                    "token.use",
                    "api_token",
                    String.valueOf(row.id()),
                    row.name());
        }
    }

    private Optional<Row> row(long id) {
        return jdbc.sql("""
                        select id, username, name, writes, government_id, expires_at, revoked_at
                        from api_token where id = :id""").param("id", id).query(Row.class).optional();
    }

    private TokenView view(Listed t) {
        String government = t.governmentId() == null
                ? null
                : governments.byId(t.governmentId()).map(g -> g.name()).orElse(null);
        return new TokenView(
                t.id(),
                t.username(),
                t.name(),
                t.hint(),
                t.writes(),
                t.governmentId(),
                government,
                t.createdAt(),
                t.expiresAt(),
                t.revokedAt(),
                t.lastUsedAt());
    }

    private static void requireAdmin(LuoshiUser user) {
        if (!user.is(Role.ADMIN)) {
            throw new AccessDeniedException("administrator only");
        }
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String SELECT = """
            select t.id, t.username, t.name, t.hint, t.writes, t.government_id, t.created_at, t.expires_at,
                   t.revoked_at, t.last_used_at
            from api_token t""";
}
