package org.luoshi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.luoshi.document.DocumentReaders;
import org.luoshi.document.ReadDocument;
import org.luoshi.document.TaskRow;
import org.luoshi.job.JobRunner;
import org.luoshi.support.Http;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Long work as background jobs over real HTTP: a generated 5,000-task document is read and analyzed by a job
 * whose row advances while it runs, previewed, committed by a second job and found in its plan; jobs are
 * hidden from other governments; a failed job says why in both languages; a job the server was running when
 * it stopped is failed at the next start; a report rendered by a job is its owner's download.
 */
@IntegrationTest
class BackgroundJobIT {

    private static final int TASKS = 5_000;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JobRunner runner;

    @LocalServerPort
    int port;

    record Seen(String step, int done, int total) {}

    @Test
    void aLargeImportAdvancesIsPreviewedCommittedAndFoundInItsPlan() {
        long county = county("嵊泗县", "330922");
        String office = data.user("job-shengsi", "OFFICE", "嵊泗县");
        PageSession session = new PageSession(port, office);
        byte[] document = generated(TASKS);

        var upload = session.upload(
                "/import",
                session.csrf("/import"),
                Map.of("government", "嵊泗县", "year", ""),
                "generated-5000.txt",
                document);
        assertThat(upload.statusCode()).isEqualTo(302);
        String readJob = PageSession.location(upload).substring("/jobs/".length());
        assertThat(readJob).matches("[0-9a-f]{32}");

        Set<Seen> seen = awaitRecording(readJob);
        assertThat(state(readJob)).isEqualTo("done");
        // The bar really moved: at least two different counts part-way through analysing the tasks.
        assertThat(seen.stream()
                        .filter(s -> s.step().equals("analysing the tasks") && s.done() > 0 && s.done() < s.total())
                        .map(Seen::done)
                        .distinct())
                .hasSizeGreaterThanOrEqualTo(2);

        HttpResponse<String> page = session.get("/jobs/" + readJob);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<progress", "100%", "查看预览").doesNotContain("hx-trigger");
        var result = session.get("/jobs/" + readJob + "/result");
        assertThat(result.statusCode()).isEqualTo(302);
        String preview = PageSession.location(result);
        assertThat(preview).startsWith("/import/");
        var previewPage = session.get(preview);
        assertThat(previewPage.statusCode()).isEqualTo(200);
        assertThat(previewPage.body()).contains("导入预览", "嵊泗县 2022年:5,000 项任务");

        var commit = session.post(preview + "/commit", session.csrf(preview), Map.of());
        assertThat(commit.statusCode()).isEqualTo(302);
        String commitJob = PageSession.location(commit).substring("/jobs/".length());
        Set<Seen> writing = awaitRecording(commitJob);
        assertThat(state(commitJob)).isEqualTo("done");
        assertThat(writing.stream().map(Seen::step)).contains("writing the tasks");

        var plan = session.get("/jobs/" + commitJob + "/result");
        assertThat(PageSession.location(plan)).startsWith("/plans/");
        long planId = Long.parseLong(PageSession.location(plan).substring("/plans/".length()));
        assertThat(jdbc.sql("select government_id from plan where id = :id")
                        .param("id", planId)
                        .query(Long.class)
                        .single())
                .isEqualTo(county);
        assertThat(jdbc.sql("select count(*) from task where plan_id = :id")
                        .param("id", planId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(TASKS);
        // Committed: the waiting upload is gone, so its preview has expired.
        assertThat(session.get(preview).statusCode()).isEqualTo(404);

        // Another government's office does not learn the jobs exist; the same government's office sees them
        // but only the owner opens the result.
        Http dinghai = Http.as(port, data.user("job-dinghai", "OFFICE", "定海区"));
        assertThat(dinghai.get("/jobs/" + readJob).statusCode()).isEqualTo(404);
        assertThat(dinghai.get("/jobs/" + commitJob + "/result").statusCode()).isEqualTo(404);
        assertThat(dinghai.get("/jobs").body()).doesNotContain(readJob);
        Http colleague = Http.as(port, data.user("job-shengsi-2", "OFFICE", "嵊泗县"));
        HttpResponse<String> seenByColleague = colleague.get("/jobs/" + readJob);
        assertThat(seenByColleague.statusCode()).isEqualTo(200);
        assertThat(seenByColleague.body()).doesNotContain("/jobs/" + readJob + "/result");
        assertThat(colleague.get("/jobs/" + readJob + "/result").statusCode()).isEqualTo(404);
        assertThat(colleague.get("/jobs").body()).contains(readJob, commitJob);
    }

    @Test
    void aFailedImportSaysWhyInChineseAndEnglishAndStoresNothing() {
        String office = data.user("job-zhoushan", "OFFICE", "舟山市");
        PageSession session = new PageSession(port, office);
        int pending = data.count("pending_import");

        var upload = session.upload(
                "/import",
                session.csrf("/import"),
                Map.of("government", "舟山市", "year", "2021"),
                "zhoushan-2022-q3.txt",
                TestData.sample());
        String job = PageSession.location(upload).substring("/jobs/".length());
        awaitRecording(job);

        assertThat(state(job)).isEqualTo("failed");
        String page = session.get("/jobs/" + job).body();
        assertThat(page).contains("文档年度为2022,与指定年度2021不符", "the document is of 2022, not 2021", "重新上传");
        assertThat(data.count("pending_import")).isEqualTo(pending);
    }

    @Test
    void aFailedCommitLosesNothingAndLeadsBackToThePreview() {
        long county = county("岱山县", "330921");
        PageSession session = new PageSession(port, data.user("job-daishan", "OFFICE", "岱山县"));
        // The unit column holds 200 characters: this unit fails the commit's transaction part-way.
        String broken = new String(TestData.sample(), StandardCharsets.UTF_8)
                .replace("\n高新区管委会\n", "\n" + "很长的单位名称".repeat(43) + "\n");
        var upload = session.upload(
                "/import",
                session.csrf("/import"),
                Map.of("government", "岱山县", "year", ""),
                "broken.txt",
                broken.getBytes(StandardCharsets.UTF_8));
        String readJob = PageSession.location(upload).substring("/jobs/".length());
        awaitRecording(readJob);
        String preview = PageSession.location(session.get("/jobs/" + readJob + "/result"));

        var commit = session.post(preview + "/commit", session.csrf(preview), Map.of());
        String commitJob = PageSession.location(commit).substring("/jobs/".length());
        awaitRecording(commitJob);

        assertThat(state(commitJob)).isEqualTo("failed");
        assertThat(session.get("/jobs/" + commitJob).body())
                .contains("任务出错", "the job failed", "href=\"" + preview + "\"", "回到预览");
        assertThat(session.get(preview).statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from plan where government_id = :g")
                        .param("g", county)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void anUnsupportedUploadIsRefusedOnTheFormWithoutAJob() {
        PageSession session = new PageSession(port, data.user("job-zhoushan", "OFFICE", "舟山市"));
        int jobs = data.count("background_job");
        var upload = session.upload(
                "/import",
                session.csrf("/import"),
                Map.of("government", "舟山市", "year", ""),
                "report.pdf",
                "%PDF-1.4 not a report".getBytes(StandardCharsets.US_ASCII));
        assertThat(upload.statusCode()).isEqualTo(200);
        assertThat(upload.body()).contains("无法读取文档", "不支持的文件类型");
        assertThat(data.count("background_job")).isEqualTo(jobs);
    }

    @Test
    void aJobLeftRunningByTheLastServerIsMarkedFailed() {
        long gov = county("嵊泗县", "330922");
        // Written with a fresh heartbeat: the server's own beat (every 10 s) must not fail it while the page is read.
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.sql("""
                insert into background_job (id, kind, government_id, owner_username, state, done_units, total_units,
                                            step_zh, step_en, created_at, updated_at, heartbeat_at)
                values ('zombie-job', 'import.read', :gov, 'job-shengsi', 'running', 10, 100, '分析任务', 'analysing', :t, :t, :t)""").param("gov", gov).param("t", now).update();

        // While running, its page shows the bar at 10 of 100 and polls; the polled part comes alone.
        PageSession owner = new PageSession(port, data.user("job-shengsi", "OFFICE", "嵊泗县"));
        String running = owner.get("/jobs/zombie-job").body();
        assertThat(running)
                .contains("hx-trigger=\"every 1s\"", "hx-get=\"/jobs/zombie-job\"", "10%")
                .containsPattern("<progress value=\"10\"\\s+max=\"100\"");
        String polled = owner.getHtmx("/jobs/zombie-job").body();
        assertThat(polled.strip()).startsWith("<section id=\"job-status\"").doesNotContain("<html");

        // Its instance dies: the heartbeat stops five minutes ago, well past the 60 s after which a job counts as dead.
        OffsetDateTime then = now.minusMinutes(5);
        jdbc.sql("update background_job set updated_at = :t, heartbeat_at = :t where id = 'zombie-job'")
                .param("t", then)
                .update();
        runner.recoverInterrupted(); // or the server's own beat did it first: either way the row is failed

        assertThat(state("zombie-job")).isEqualTo("failed");
        assertThat(jdbc.sql("select error_zh from background_job where id = 'zombie-job'")
                        .query(String.class)
                        .single())
                .contains("服务重启");
        String failed = owner.getHtmx("/jobs/zombie-job").body();
        assertThat(failed).contains("服务重启,任务中断", "the server restarted").doesNotContain("hx-trigger");
    }

    @Test
    void aReportRenderedByAJobIsItsOwnersDownload() {
        // The sample plan: rendering it is quick, the steps and the owner's download are what is checked here.
        long plan = data.zhoushanPlan();
        String office = data.user("job-report", "OFFICE", "舟山市");
        PageSession session = new PageSession(port, office);
        String csrf = session.csrf("/publications");

        for (String format : new String[] {"pdf", "docx"}) {
            var start = session.post("/reports/" + plan + "/jobs", csrf, Map.of("format", format, "status", "true"));
            assertThat(start.statusCode()).isEqualTo(302);
            String job = PageSession.location(start).substring("/jobs/".length());
            awaitRecording(job);
            assertThat(state(job)).isEqualTo("done");
            assertThat(session.get("/jobs/" + job).body()).contains("100%", "下载文件");

            HttpResponse<String> file = session.get("/jobs/" + job + "/result");
            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(file.headers().firstValue("Content-Disposition").orElse(""))
                    .contains("attachment");
            assertThat(file.body()).startsWith(format.equals("pdf") ? "%PDF" : "PK");
            assertThat(Http.as(port, data.user("job-zhoushan", "OFFICE", "舟山市"))
                            .get("/jobs/" + job + "/result")
                            .statusCode())
                    .isEqualTo(404);
        }
        // The direct download still works.
        assertThat(Http.as(port, office).get("/reports/" + plan + "/report.csv").statusCode())
                .isEqualTo(200);
    }

    /**
     * The sample's rows repeated in the portal's plain-text layout, each content made unique and each progress a
     * short line of its own. (Not {@code BenchDocuments.repeated}: its copies' progress texts are near-identical,
     * and the period findings compare every pair of tasks' progress, which takes many minutes for thousands.)
     */
    private static byte[] generated(int count) {
        ReadDocument sample = new DocumentReaders().read("z.txt", TestData.sample());
        List<TaskRow> rows = sample.tasks();
        StringBuilder b = new StringBuilder(sample.title()).append("\n\n序号\n\n工作内容\n\n牵头单位\n\n三季度进展情况\n\n");
        for (int i = 0; i < count; i++) {
            TaskRow t = rows.get(i % rows.size());
            b.append(i + 1)
                    .append("\n\n")
                    .append(t.content())
                    .append("(第")
                    .append(i / rows.size() + 1)
                    .append("批)\n\n")
                    .append(String.join("、", t.leadUnits()))
                    .append("\n\n")
                    .append("已完成")
                    .append(i + 1)
                    .append("项。\n\n");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Polls the job's row until it ends, recording each distinct step and count seen while it runs. */
    private Set<Seen> awaitRecording(String job) {
        Set<Seen> seen = new LinkedHashSet<>();
        long deadline = System.nanoTime() + 10L * 60 * 1_000_000_000L; // a guard against hanging, not a measure
        while (System.nanoTime() < deadline) {
            var row = jdbc.sql("select state, step_en, done_units, total_units from background_job where id = :id")
                    .param("id", job)
                    .query((rs, i) -> new Object[] {rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4)})
                    .single();
            if (row[0].equals("done") || row[0].equals("failed")) {
                return seen;
            }
            int done = (Integer) row[2];
            int total = (Integer) row[3];
            if (row[0].equals("running")) {
                seen.add(new Seen((String) row[1], done, total));
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("job " + job + " never ended");
    }

    private String state(String job) {
        return jdbc.sql("select state from background_job where id = :id")
                .param("id", job)
                .query(String.class)
                .single();
    }

    private long county(String name, String code) {
        var existing = jdbc.sql("select id from government where name = :n")
                .param("n", name)
                .query(Long.class)
                .optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        jdbc.sql("""
                insert into government (code, name, level, parent_id)
                select :code, :name, 'county', id from government where code = '330900'""").param("code", code).param("name", name).update();
        return jdbc.sql("select id from government where name = :n")
                .param("n", name)
                .query(Long.class)
                .single();
    }
}
