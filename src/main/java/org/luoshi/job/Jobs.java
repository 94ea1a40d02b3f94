package org.luoshi.job;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.luoshi.Phrase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code background_job} rows. Every change is its own transaction ({@code REQUIRES_NEW}), so that progress
 * written from inside the work's own transaction (a whole import commits as one) is seen at once by the page.
 * Reads are scoped by a {@link JobViewer} with bound parameters.
 */
@Repository
public class Jobs {

    /** Finished jobs (and their files) are dropped after this long. */
    static final Duration KEPT = Duration.ofDays(7);

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String COLUMNS = """
            id, kind, government_id, owner_username, state, done_units, total_units, step_zh, step_en, result_ref,
            result_name, result_content is not null as has_file, error_zh, error_en, created_at, updated_at,
            step_code, step_args, error_code, error_args""";
    private static final String VISIBLE = "(owner_username = :user or :all or government_id in (:govs))";

    public record File(String name, String mediaType, byte[] content) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final MeterRegistry meters;

    Jobs(JdbcClient jdbc, Clock clock, ObjectProvider<MeterRegistry> meters) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.meters = meters.getIfAvailable(SimpleMeterRegistry::new);
    }

    /** Finished and failed jobs by kind ({@code luoshi_jobs_total} in Prometheus). */
    private void count(String id, String outcome) {
        String kind = jdbc.sql("select kind from background_job where id = :id")
                .param("id", id)
                .query(String.class)
                .optional()
                .orElse("unknown");
        meters.counter("luoshi.jobs", "kind", kind, "outcome", outcome).increment();
    }

    /** How many jobs wait or run now, across all instances (a queue length for the metrics). */
    public int unfinished() {
        return jdbc.sql("select count(*) from background_job where state in ('queued', 'running')")
                .query(Integer.class)
                .single();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public String create(String kind, long governmentId, String owner, String ref, Phrase step, String instance) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("delete from background_job where updated_at < :before and state in ('done', 'failed')")
                .param("before", now.minus(KEPT))
                .update();
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes);
        jdbc.sql("""
                insert into background_job (id, kind, government_id, owner_username, state, done_units, total_units,
                                            step_zh, step_en, step_code, step_args, result_ref, created_at,
                                            updated_at, instance_id, heartbeat_at)
                values (:id, :kind, :gov, :owner, 'queued', 0, 0, :zh, :en, :code, :args, :ref, :now, :now, :instance,
                        :now)""")
                .param("instance", instance)
                .param("id", id)
                .param("kind", kind)
                .param("gov", governmentId)
                .param("owner", owner)
                .param("ref", ref)
                .param("zh", cut(step.in(Locale.ROOT), 500))
                .param("en", cut(step.in(Locale.ENGLISH), 500))
                .param("code", step.key())
                .param("args", cut(StoredPhrase.args(step), 1000))
                .param("now", now)
                .update();
        return id;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void progress(String id, JobState state, int done, int total, Phrase step) {
        jdbc.sql("""
                update background_job set state = :state, done_units = :done, total_units = :total, step_zh = :zh,
                       step_en = :en, step_code = :code, step_args = :args, updated_at = :now, heartbeat_at = :now
                where id = :id and state in ('queued', 'running')""")
                .param("state", state.code())
                .param("done", done)
                .param("total", total)
                .param("zh", cut(step.in(Locale.ROOT), 500))
                .param("en", cut(step.in(Locale.ENGLISH), 500))
                .param("code", step.key())
                .param("args", cut(StoredPhrase.args(step), 1000))
                .param("now", OffsetDateTime.now(clock))
                .param("id", id)
                .update();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void finish(String id, JobResult result) {
        jdbc.sql("""
                update background_job set state = 'done', done_units = total_units, step_zh = :zh, step_en = :en,
                       step_code = :code, step_args = :args, result_ref = :ref, result_name = :name, result_type = :type, result_content = :content,
                       updated_at = :now
                where id = :id""")
                .param("zh", cut(result.summary().in(Locale.ROOT), 500))
                .param("en", cut(result.summary().in(Locale.ENGLISH), 500))
                .param("code", result.summary().key())
                .param("args", cut(StoredPhrase.args(result.summary()), 1000))
                .param("ref", result.ref())
                .param("name", cut(result.fileName(), 500))
                .param("type", result.mediaType())
                .param("content", result.content())
                .param("now", OffsetDateTime.now(clock))
                .param("id", id)
                .update();
        count(id, "done");
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void fail(String id, Phrase error) {
        jdbc.sql("""
                update background_job set state = 'failed', error_zh = :zh, error_en = :en, error_code = :code,
                       error_args = :args, updated_at = :now
                where id = :id""")
                .param("zh", cut(error.in(Locale.ROOT), 1000))
                .param("en", cut(error.in(Locale.ENGLISH), 1000))
                .param("code", error.key())
                .param("args", cut(StoredPhrase.args(error), 2000))
                .param("now", OffsetDateTime.now(clock))
                .param("id", id)
                .update();
        count(id, "failed");
    }

    /** Renews the heartbeat of the jobs this instance holds (queued in its executor or running on it). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int beat(String instance, Collection<String> held) {
        if (held.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                update background_job set heartbeat_at = :now
                where instance_id = :instance and id in (:held) and state in ('queued', 'running')""")
                .param("now", OffsetDateTime.now(clock))
                .param("instance", instance)
                .param("held", List.copyOf(held))
                .update();
    }

    /**
     * Marks failed every queued or running job whose heartbeat is older than {@code timeout}, but the given ones
     * (those this instance holds); returns how many. A row without a heartbeat (written before heartbeats) counts
     * by its last update. One conditional update: two instances doing it at once fail each dead job once.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int failDead(Duration timeout, Collection<String> except, Phrase error) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return jdbc.sql("""
                update background_job set state = 'failed', error_zh = :zh, error_en = :en, error_code = :code,
                       error_args = :args, updated_at = :now
                where state in ('queued', 'running') and coalesce(heartbeat_at, updated_at) < :stale
                  and id not in (:except)""")
                .param("zh", error.in(Locale.ROOT))
                .param("en", error.in(Locale.ENGLISH))
                .param("code", error.key())
                .param("args", StoredPhrase.args(error))
                .param("now", now)
                .param("stale", now.minus(timeout))
                .param("except", except.isEmpty() ? List.of("-") : List.copyOf(except))
                .update();
    }

    @Transactional(readOnly = true)
    public Optional<Job> find(String id, JobViewer viewer) {
        return jdbc.sql("select " + COLUMNS + " from background_job where id = :id and " + VISIBLE)
                .param("id", id)
                .param("user", viewer.username())
                .param("all", viewer.all())
                .param("govs", viewer.sqlIds())
                .query(Jobs::job)
                .optional();
    }

    /** The viewer's recent jobs, newest first: its own, and those of the governments whose office it is. */
    @Transactional(readOnly = true)
    public List<Job> recent(JobViewer viewer, int limit) {
        return jdbc.sql("select " + COLUMNS + " from background_job where " + VISIBLE
                        + " order by created_at desc, id limit :limit")
                .param("user", viewer.username())
                .param("all", viewer.all())
                .param("govs", viewer.sqlIds())
                .param("limit", limit)
                .query(Jobs::job)
                .list();
    }

    /** The file a finished job rendered, for its owner only. */
    @Transactional(readOnly = true)
    public Optional<File> file(String id, String owner) {
        return jdbc.sql("""
                        select result_name, result_type, result_content from background_job
                        where id = :id and owner_username = :owner and state = 'done' and result_content is not null""")
                .param("id", id)
                .param("owner", owner)
                .query((rs, i) -> new File(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional();
    }

    /** A row whose step or error has a code is rendered from it in both languages; older rows keep their texts. */
    private static Job job(ResultSet rs, int row) throws SQLException {
        Phrase step = StoredPhrase.of(rs.getString("step_code"), rs.getString("step_args"));
        Phrase error = StoredPhrase.of(rs.getString("error_code"), rs.getString("error_args"));
        return new Job(
                rs.getString("id"),
                rs.getString("kind"),
                rs.getLong("government_id"),
                rs.getString("owner_username"),
                JobState.of(rs.getString("state")),
                rs.getInt("done_units"),
                rs.getInt("total_units"),
                step == null ? rs.getString("step_zh") : step.in(Locale.ROOT),
                step == null ? rs.getString("step_en") : step.in(Locale.ENGLISH),
                rs.getString("result_ref"),
                rs.getString("result_name"),
                rs.getBoolean("has_file"),
                error == null ? rs.getString("error_zh") : error.in(Locale.ROOT),
                error == null ? rs.getString("error_en") : error.in(Locale.ENGLISH),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
