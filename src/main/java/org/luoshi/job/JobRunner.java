package org.luoshi.job;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.luoshi.DomainException;
import org.luoshi.Phrase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;

/**
 * Runs jobs on a small bounded executor (two threads and a queue of 20 by default; {@code luoshi.jobs.threads},
 * {@code luoshi.jobs.queue}), outside the request that started them. The work reports through a
 * {@link ThrottledProgress} into the job's row; its result or its error (Chinese and English) lands there too.
 *
 * <p>Several instances share the table. The work of a job is code and data held by the instance that started it, so
 * it runs there; that instance renews the heartbeat of the jobs it holds every {@code luoshi.jobs.heartbeat} (10 s).
 * Every instance, at start and then at each beat, fails the queued or running jobs whose heartbeat is older than
 * {@code luoshi.jobs.dead-after} (60 s): their instance died. A live instance's jobs are never failed by another that
 * starts, so no job stays "running" for ever and none is taken from a live instance. Instances need clocks within a
 * few seconds of each other (NTP), far below the timeout.
 */
@Service
public class JobRunner implements DisposableBean {

    /** The error of a job whose instance stopped. */
    public static final Phrase INTERRUPTED = new Phrase("job.error.interrupted");

    /** The work of a job: reports progress and returns its result, or throws (a DomainException says why). */
    @FunctionalInterface
    public interface Work {
        JobResult run(Progress progress) throws Exception;
    }

    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);

    private final Jobs jobs;
    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
    private final Set<String> active = ConcurrentHashMap.newKeySet();
    private final Duration interval;
    private final Duration heartbeat;
    private final Duration deadAfter;
    private final String instance = instanceId();
    private final ScheduledExecutorService beats = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "job-heartbeat");
        t.setDaemon(true);
        return t;
    });

    JobRunner(
            Jobs jobs,
            @Value("${luoshi.jobs.threads:2}") int threads,
            @Value("${luoshi.jobs.queue:20}") int queue,
            @Value("${luoshi.jobs.progress-interval:200ms}") Duration interval,
            @Value("${luoshi.jobs.heartbeat:10s}") Duration heartbeat,
            @Value("${luoshi.jobs.dead-after:60s}") Duration deadAfter) {
        this.jobs = jobs;
        this.interval = interval;
        this.heartbeat = heartbeat;
        this.deadAfter = deadAfter;
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setQueueCapacity(queue);
        executor.setThreadNamePrefix("job-");
        executor.setDaemon(true);
        executor.initialize();
    }

    /** Records the job and queues its work; returns the job's id at once. */
    public String start(String kind, long governmentId, String owner, Work work) {
        return start(kind, governmentId, owner, null, work);
    }

    /**
     * The same, with a reference the job's page may use before the job has a result (such as the pending import a
     * commit works on, to go back to its preview when the commit fails); the result's reference replaces it.
     */
    public String start(String kind, long governmentId, String owner, String ref, Work work) {
        String id = jobs.create(kind, governmentId, owner, ref, new Phrase("job.step.queued"), instance);
        active.add(id);
        try {
            executor.execute(() -> run(id, work));
        } catch (TaskRejectedException e) {
            active.remove(id);
            jobs.fail(id, new Phrase("job.error.busy"));
        }
        return id;
    }

    private void run(String id, Work work) {
        var progress = new ThrottledProgress(
                (done, total, step) -> jobs.progress(id, JobState.RUNNING, done, total, step),
                System::nanoTime,
                interval);
        try {
            progress.step(new Phrase("job.step.start"), 0);
            JobResult result = work.run(progress);
            jobs.finish(id, result);
        } catch (DomainException e) {
            jobs.fail(id, StoredPhrase.of(e));
        } catch (Throwable e) {
            LOG.error("job {} failed", id, e);
            jobs.fail(id, new Phrase("job.error.failed"));
        } finally {
            active.remove(id);
        }
    }

    /** This instance's name in the job rows: host, process and a random part (a restarted process is another). */
    public String instance() {
        return instance;
    }

    /** Marks failed every job whose instance stopped renewing its heartbeat (it died); returns how many. */
    public int recoverInterrupted() {
        int n = jobs.failDead(deadAfter, Set.copyOf(active), INTERRUPTED);
        if (n > 0) {
            LOG.warn("{} background job(s) of a stopped instance were marked failed", n);
        }
        return n;
    }

    /** One beat: renews this instance's jobs, then fails the dead ones of any instance. */
    void beat() {
        try {
            jobs.beat(instance, Set.copyOf(active));
            recoverInterrupted();
        } catch (RuntimeException e) {
            // the database may be briefly away; the next beat tries again, and the timeout is several beats long
            LOG.warn("job heartbeat failed: {}", e.toString());
        }
    }

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        beat();
        beats.scheduleWithFixedDelay(this::beat, heartbeat.toMillis(), heartbeat.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static String instanceId() {
        // the environment's host name, not a DNS look-up that may hang at start
        String host = System.getenv().getOrDefault("HOSTNAME", "host");
        String id = host + ":" + ProcessHandle.current().pid() + ":"
                + UUID.randomUUID().toString().substring(0, 8);
        return id.length() <= 80 ? id : id.substring(id.length() - 80);
    }

    @Override
    public void destroy() {
        beats.shutdownNow();
        executor.shutdown();
    }
}
