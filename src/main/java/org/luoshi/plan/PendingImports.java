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
}
