package org.luoshi.plan;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Uploads waiting between preview and commit, kept in the database (not the session) so that any app
 * instance can commit them. Only their uploader can take them; they expire after an hour.
 */
@Repository
public class PendingImports {

    private static final Duration LIFETIME = Duration.ofHours(1);

    public record Upload(long governmentId, int year, String fileName, byte[] content) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    PendingImports(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public String save(long governmentId, String username, int year, String fileName, byte[] content) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("delete from pending_import where created_at < :before")
                .param("before", now.minus(LIFETIME))
                .update();
        String token = UUID.randomUUID().toString();
        jdbc.sql("""
                insert into pending_import (token, government_id, username, plan_year, file_name, content, created_at)
                values (:token, :gov, :username, :year, :file, :content, :now)""")
                .param("token", token)
                .param("gov", governmentId)
                .param("username", username)
                .param("year", year)
                .param("file", fileName.length() > 500 ? fileName.substring(0, 500) : fileName)
                .param("content", content)
                .param("now", now)
                .update();
        return token;
    }

    /** The upload, left on the waiting list (so that a failed commit can be tried again); empty as for {@link #take}. */
    @Transactional(readOnly = true)
    public Optional<Upload> peek(String token, String username) {
        return jdbc.sql("""
                        select government_id, plan_year, file_name, content from pending_import
                        where token = :token and username = :username and created_at >= :after""")
                .param("token", token)
                .param("username", username)
                .param("after", OffsetDateTime.now(clock).minus(LIFETIME))
                .query((rs, i) -> new Upload(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getBytes(4)))
                .optional();
    }

    /** Removes the upload from the waiting list (after it was committed). */
    @Transactional
    public void discard(String token, String username) {
        jdbc.sql("delete from pending_import where token = :token and username = :username")
                .param("token", token)
                .param("username", username)
                .update();
    }

    /** The upload, removed from the waiting list; empty when unknown, expired or someone else's. */
    @Transactional
    public Optional<Upload> take(String token, String username) {
        Optional<Upload> upload = jdbc.sql("""
                        select government_id, plan_year, file_name, content from pending_import
                        where token = :token and username = :username and created_at >= :after""")
                .param("token", token)
                .param("username", username)
                .param("after", OffsetDateTime.now(clock).minus(LIFETIME))
                .query((rs, i) -> new Upload(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getBytes(4)))
                .optional();
        jdbc.sql("delete from pending_import where token = :token and username = :username")
                .param("token", token)
                .param("username", username)
                .update();
        return upload;
    }

    /** The corrections of the upload, in order; empty when none (or when the upload is someone else's). */
    @Transactional(readOnly = true)
    public java.util.List<Correction> corrections(String token, String username) {
        return jdbc.sql("""
                        select c.line from pending_correction c join pending_import p on p.token = c.token
                        where c.token = :token and p.username = :username order by c.seq""").param("token", token).param("username", username).query(String.class).list().stream()
                .map(Correction::parse)
                .toList();
    }

    /**
     * Adds a correction after the {@code known} ones the caller applied. Another instance's correction added in
     * between takes that place first: then this one is refused as a conflict rather than applied to a grid it was
     * not made for.
     */
    @Transactional
    public void addCorrection(String token, String username, int known, Correction correction) {
        int count = jdbc.sql("""
                        select count(*) from pending_correction c join pending_import p on p.token = c.token
                        where c.token = :token and p.username = :username""")
                .param("token", token)
                .param("username", username)
                .query(Integer.class)
                .single();
        if (count != known) {
            throw org.luoshi.DomainException.of(org.luoshi.DomainException.Kind.CONFLICT, "correction-conflict");
        }
        try {
            jdbc.sql("insert into pending_correction (token, seq, line) values (:token, :seq, :line)")
                    .param("token", token)
                    .param("seq", known)
                    .param("line", correction.line())
                    .update();
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw org.luoshi.DomainException.of(org.luoshi.DomainException.Kind.CONFLICT, "correction-conflict");
        }
    }

    /** Takes back the last correction; false when there was none. */
    @Transactional
    public boolean undoCorrection(String token, String username) {
        return jdbc.sql("""
                        delete from pending_correction where token = :token and seq = (
                            select max(c.seq) from pending_correction c join pending_import p on p.token = c.token
                            where c.token = :token and p.username = :username)""").param("token", token).param("username", username).update() > 0;
    }

    /** Whether the layout profile is switched off for the upload. */
    @Transactional(readOnly = true)
    public boolean profileOff(String token, String username) {
        return jdbc.sql("select profile_off from pending_import where token = :token and username = :username")
                .param("token", token)
                .param("username", username)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /**
     * Switches the layout profile off or on for the upload. The corrections made so far are taken back: they were
     * made on rows the profile had (or had not) ignored, and would now point at other rows.
     */
    @Transactional
    public void switchProfile(String token, String username, boolean off) {
        int changed = jdbc.sql(
                        "update pending_import set profile_off = :off where token = :token and username = :username")
                .param("off", off)
                .param("token", token)
                .param("username", username)
                .update();
        if (changed > 0) {
            jdbc.sql("delete from pending_correction where token = :token")
                    .param("token", token)
                    .update();
        }
    }
}
