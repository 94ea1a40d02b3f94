package org.luoshi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.DomainException;
import org.luoshi.account.LuoshiUser;
import org.luoshi.progress.Attachments;
import org.luoshi.progress.PeriodForm;
import org.luoshi.progress.Reporting;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class AttachmentsIT {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Reporting reporting;

    @Autowired
    Attachments attachments;

    @Autowired
    UserDetailsService users;

    @LocalServerPort
    int port;

    long planId;
    long sewerTask;
    long sewerUnit;

    @BeforeEach
    void plan() {
        planId = data.reportingPlan();
        sewerTask = data.task(planId, "82");
        sewerUnit = data.leadUnit(planId, "82");
        data.user("at-office", "OFFICE", "舟山市");
        data.unitUser("at-reporter", "REPORTER", "舟山市", sewerUnit);
        data.unitUser("at-other-reporter", "REPORTER", "舟山市", data.leadUnit(planId, "1"));
    }

    private LuoshiUser as(String username) {
        return (LuoshiUser) users.loadUserByUsername(username);
    }

    private long draft(String label) {
        long period = reporting.openPeriod(
                planId,
                new PeriodForm(label, LocalDate.of(2022, 12, 31), LocalDate.of(2023, 1, 10), BigDecimal.ONE),
                as("at-office"));
        return jdbc.sql("select id from progress_report where period_id = :p and task_id = :t and unit_id = :u")
                .param("p", period)
                .param("t", sewerTask)
                .param("u", sewerUnit)
                .query(Long.class)
                .single();
    }

    @Test
    void twelveParallelUploadsStoreAtMostFive() throws Exception {
        long report = draft("全年(附件并发)");
        LuoshiUser reporter = as("at-reporter");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(12);
        var start = new java.util.concurrent.CountDownLatch(1);
        try {
            var results = new java.util.ArrayList<java.util.concurrent.Future<Boolean>>();
            for (int i = 0; i < 12; i++) {
                int n = i;
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        attachments.attach(report, n + ".png", PNG, reporter);
                        return true;
                    } catch (org.luoshi.DomainException tooMany) {
                        return false;
                    }
                }));
            }
            start.countDown();
            int stored = 0;
            for (var r : results) {
                stored += r.get(60, java.util.concurrent.TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(stored).isEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from report_attachment where report_id = :r")
                        .param("r", report)
                        .query(Integer.class)
                        .single())
                .isEqualTo(5);
    }

    @Test
    void anUploadedPdfIsListedAndDownloadedByThoseWhoReadTheReport() {
        long report = draft("全年(附件上传)");

        long id = attachments.attach(report, "验收报告.pdf", PDF, as("at-reporter"));

        assertThat(attachments.list(report, as("at-office")))
                .singleElement()
                .satisfies(a -> assertThat(a.fileName()).isEqualTo("验收报告.pdf"))
                .satisfies(a -> assertThat(a.sizeBytes()).isEqualTo(PDF.length));
        Calls http = new Calls(port);
        var download = http.call("at-office", "GET", "/reporting/reports/" + report + "/attachments/" + id, null);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(download.body()).startsWith("%PDF-1.4");
        assertThat(http.call("at-reporter", "GET", "/reporting/reports/" + report, null)
                        .body())
                .contains("验收报告.pdf");
    }

    @Test
    void aFileWhoseTypeOrContentIsNotAllowedIsRefusedWithABilingualMessage() {
        long report = draft("全年(附件类型)");

        assertThatThrownBy(() -> attachments.attach(report, "photo.pdf", PNG, as("at-reporter")))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("附件须为 PDF、DOCX、XLSX、JPG 或 PNG")
                .hasMessageContaining("must be a PDF, DOCX, XLSX, JPG or PNG");
        assertThatThrownBy(() -> attachments.attach(
                        report, "setup.exe", "MZ\0\0".getBytes(StandardCharsets.US_ASCII), as("at-reporter")))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("附件须为");
        assertThat(attachments.list(report, as("at-reporter"))).isEmpty();
    }

    @Test
    void aFileOverTenMegabytesIsRefused() {
        long report = draft("全年(附件大小)");
        byte[] large = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);

        assertThatThrownBy(() -> attachments.attach(report, "big.pdf", large, as("at-reporter")))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("10 MB");
        assertThat(attachments.list(report, as("at-reporter"))).isEmpty();
    }

    @Test
    void aReportCarriesAtMostFiveFilesAndTheReporterDeletesOneWhileItIsADraft() {
        long report = draft("全年(附件数量)");
        long first = attachments.attach(report, "1.png", PNG, as("at-reporter"));
        for (int i = 2; i <= 5; i++) {
            attachments.attach(report, i + ".png", PNG, as("at-reporter"));
        }

        assertThatThrownBy(() -> attachments.attach(report, "6.png", PNG, as("at-reporter")))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("最多5个");
        attachments.delete(report, first, as("at-reporter"));
        assertThat(attachments.list(report, as("at-reporter"))).hasSize(4);
    }

    @Test
    void anotherUnitsReporterCannotDownloadAnAttachment() {
        long report = draft("全年(附件越权)");
        long id = attachments.attach(report, "证明.pdf", PDF, as("at-reporter"));

        var call = new Calls(port)
                .call("at-other-reporter", "GET", "/reporting/reports/" + report + "/attachments/" + id, null);

        assertThat(call.statusCode()).isEqualTo(404);
        assertThat(call.body()).doesNotContain("%PDF");
    }

    @Test
    void attachmentsAreFixedOnceTheReportIsSubmitted() {
        long report = draft("全年(附件报送)");
        long id = attachments.attach(report, "证明.pdf", PDF, as("at-reporter"));
        var draft = reporting.readable(report, as("at-reporter"));
        reporting.submit(report, draft.version(), "已完成管网改造。", draft.figures(), as("at-reporter"));

        assertThatThrownBy(() -> attachments.delete(report, id, as("at-reporter")))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("已报送");
        assertThatThrownBy(() -> attachments.attach(report, "2.pdf", PDF, as("at-reporter")))
                .isInstanceOf(DomainException.class);
        assertThat(attachments.list(report, as("at-office"))).hasSize(1);
    }
}
