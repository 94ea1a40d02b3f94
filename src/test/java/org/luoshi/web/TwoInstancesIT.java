package org.luoshi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.luoshi.LuoshiApplication;
import org.luoshi.Phrase;
import org.luoshi.job.JobResult;
import org.luoshi.job.JobRunner;
import org.luoshi.support.Http;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.luoshi.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Two application contexts on one database, as two instances behind a load balancer (issue 17): a session opened
 * by a form login on one continues on the other; a job running on the first is neither failed when the second
 * starts nor while it runs its dead-job detection (short heartbeats here), and survives the second's restart; a job
 * whose instance died (an old heartbeat) is failed by them.
 */
@IntegrationTest
@TestPropertySource(properties = {"luoshi.jobs.heartbeat=300ms", "luoshi.jobs.dead-after=3s"})
class TwoInstancesIT {

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JobRunner runner;

    @LocalServerPort
    int port;

    private ConfigurableApplicationContext second;

    @AfterEach
    void stopSecond() {
        if (second != null) {
            second.close();
        }
    }

    @Test
    void aSessionOpenedOnOneInstanceContinuesOnTheOther() {
        String office = data.user("two-instances", "OFFICE", "舟山市");
        second = startSecond();
        int other = ((WebServerApplicationContext) second).getWebServer().getPort();
        assertThat(other).isNotEqualTo(port);

        FormLogin browser = new FormLogin(port, office);

        HttpResponse<String> onOther = browser.get(other, "/plans");
        assertThat(onOther.statusCode()).isEqualTo(200);
        assertThat(onOther.body()).contains("logout").doesNotContain("name=\"password\"");
        // and an anonymous client on the other instance is sent to the login form: the session made the difference
        HttpResponse<String> anonymous = get(HttpClient.newHttpClient(), other, "/plans");
        assertThat(anonymous.statusCode()).isEqualTo(302);
    }

    @Test
    void aJobRunningOnOneInstanceIsNotFailedByTheOtherAndADeadInstancesJobIs() throws Exception {
        data.user("two-instances-jobs", "OFFICE", "舟山市");
        long gov = jdbc.sql("select id from government where name = '舟山市'")
                .query(Long.class)
                .single();
        CountDownLatch release = new CountDownLatch(1);
        String job = runner.start("test.hold", gov, "two-instances-jobs", progress -> {
            progress.step(new Phrase("job.step.start"), 0);
            if (!release.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
            return JobResult.reference(null, new Phrase("job.step.start"));
        });
        jdbc.sql("""
                insert into background_job (id, kind, government_id, owner_username, state, done_units, total_units,
                                            step_zh, step_en, created_at, updated_at, instance_id, heartbeat_at)
                values ('dead-instance-job', 'test.hold', :gov, 'two-instances-jobs', 'running', 1, 10, '分析', 'analysing',
                        :t, :t, 'gone:1:deadbeef', :t)""")
                .param("gov", gov)
                .param("t", OffsetDateTime.now().minusMinutes(1))
                .update();

        second = startSecond();
        JobRunner otherRunner = second.getBean(JobRunner.class);
        assertThat(otherRunner.instance()).isNotEqualTo(runner.instance());
        assertThat(state(job)).isIn("queued", "running");
        assertThat(jdbc.sql("select instance_id from background_job where id = :id")
                        .param("id", job)
                        .query(String.class)
                        .single())
                .isEqualTo(runner.instance());

        // longer than the dead-after timeout: both instances detect dead jobs every 300 ms meanwhile
        Thread.sleep(4_000);
        assertThat(otherRunner.recoverInterrupted()).isZero();
        assertThat(state(job)).isEqualTo("running");
        assertThat(state("dead-instance-job")).isEqualTo("failed");

        // the other instance restarts while the job runs
        second.close();
        second = startSecond();
        Thread.sleep(1_000);
        assertThat(state(job)).isEqualTo("running");

        release.countDown();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!state(job).equals("done") && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        assertThat(state(job)).isEqualTo("done");
    }

    private ConfigurableApplicationContext startSecond() {
        Map<String, Object> props = new HashMap<>();
        TestDatabase.settings().forEach(props::put);
        props.put("server.port", "0");
        props.put("luoshi.audit.checkpoints.dir", TestDatabase.CHECKPOINTS);
        props.put("luoshi.jobs.heartbeat", "300ms");
        props.put("luoshi.jobs.dead-after", "3s");
        return new SpringApplicationBuilder(LuoshiApplication.class)
                .profiles("test")
                .properties(props)
                .run();
    }

    private String state(String id) {
        return jdbc.sql("select state from background_job where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private static HttpResponse<String> get(HttpClient client, int port, String path) {
        return Http.send(
                client,
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept", "text/html")
                        .GET());
    }
}
