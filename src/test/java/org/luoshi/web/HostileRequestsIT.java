package org.luoshi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.account.LuoshiUser;
import org.luoshi.progress.PeriodForm;
import org.luoshi.progress.Reporting;
import org.luoshi.support.Http;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Bad input as an attacker sends it: each answered with a clear 4xx in our words, nothing stored. */
@IntegrationTest
class HostileRequestsIT {

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Reporting reporting;

    @Autowired
    UserDetailsService users;

    @LocalServerPort
    int port;

    long report;

    @BeforeEach
    void aDraft() {
        long planId = data.reportingPlan();
        long task = data.task(planId, "82");
        long unit = data.leadUnit(planId, "82");
        data.user("hr-office", "OFFICE", "舟山市");
        data.unitUser("hr-reporter", "REPORTER", "舟山市", unit);
        long period = jdbc.sql("select id from reporting_period where plan_id = :p and label = '全年(恶意请求)'")
                .param("p", planId)
                .query(Long.class)
                .optional()
                .orElseGet(() -> reporting.openPeriod(
                        planId,
                        new PeriodForm(
                                "全年(恶意请求)", LocalDate.of(2022, 12, 31), LocalDate.of(2023, 1, 10), BigDecimal.ONE),
                        (LuoshiUser) users.loadUserByUsername("hr-office")));
        report = jdbc.sql("select id from progress_report where period_id = :p and task_id = :t and unit_id = :u")
                .param("p", period)
                .param("t", task)
                .param("u", unit)
                .query(Long.class)
                .single();
    }

    private HttpResponse<String> send(String method, String path, String user, String contentType, String body) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        r.header("Accept", path.startsWith("/api/") ? "application/json" : "text/html");
        if (contentType != null) {
            r.header("Content-Type", contentType);
        }
        if (user != null) {
            r.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((user + ":" + TestData.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return Http.send(HttpClient.newHttpClient(), r);
    }

    private int version() {
        return jdbc.sql("select version from progress_report where id = :id")
                .param("id", report)
                .query(Integer.class)
                .single();
    }

    @Test
    void aNulByteInAnAnonymousPortalUrlIsA400PageNotA500() {
        var response = send("GET", "/portal/search?q=%E8%88%9F%00", null, null, null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("控制字符").doesNotContain("Exception").doesNotContain("PSQL");
    }

    @Test
    void aNulByteInAPathIsRefusedToo() {
        assertThat(send("GET", "/portal/%00", null, null, null).statusCode()).isEqualTo(400);
    }

    @Test
    void aNulEscapedInJsonIsA400ProblemAndTheDraftIsUntouched() {
        String before = jdbc.sql("select body from progress_report where id = :id")
                .param("id", report)
                .query(String.class)
                .single();
        var response = send(
                "PUT",
                "/api/v1/reports/" + report,
                "hr-reporter",
                "application/json",
                "{\"version\":" + version() + ",\"text\":\"进展\\u0000情况\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(response.body()).contains("detail_zh").contains("控制字符");
        assertThat(jdbc.sql("select body from progress_report where id = :id")
                        .param("id", report)
                        .query(String.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void anEscapedBackslashBeforeUIsNotAnEscape() {
        var response = send(
                "PUT",
                "/api/v1/reports/" + report,
                "hr-reporter",
                "application/json",
                "{\"version\":" + version() + ",\"text\":\"路径 C:\\\\u0000 不是控制字符\",\"figures\":\"\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void aPutWithoutTextKeepsTheDraftsText() {
        int v = version();
        send(
                "PUT",
                "/api/v1/reports/" + report,
                "hr-reporter",
                "application/json",
                "{\"version\":" + v + ",\"text\":\"已完成管网建设13公里\",\"figures\":\"13\"}");

        var response = send(
                "PUT",
                "/api/v1/reports/" + report,
                "hr-reporter",
                "application/json",
                "{\"version\":" + (v + 1) + ",\"figures\":\"14\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("已完成管网建设13公里").contains("\"figures\":\"14\"");
    }

    @Test
    void aJsonBodyOverTheLimitIs413BeforeItIsRead() {
        String big = "{\"version\":1,\"text\":\"" + "很".repeat(400_000) + "\"}";

        var response = send("PUT", "/api/v1/reports/" + report, "hr-reporter", "application/json", big);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("detail_en").contains("too large");
    }

    @Test
    void unknownPathsAndWrongMethodsAreProblemsOnTheApiAndPagesInTheUi() {
        var api404 = send("GET", "/api/v1/no-such-thing", "hr-office", null, null);
        var api405 = send("DELETE", "/api/v1/periods", "hr-office", null, null);
        var page404 = send("GET", "/no-such-page", "hr-office", null, null);

        assertThat(api404.statusCode()).isEqualTo(404);
        assertThat(api404.body())
                .contains("\"status\":404")
                .contains("detail_zh")
                .doesNotContain("static resource");
        assertThat(api405.statusCode()).isEqualTo(405);
        assertThat(api405.body()).contains("\"status\":405").doesNotContain("Request method");
        assertThat(page404.statusCode()).isEqualTo(404);
        assertThat(page404.body()).contains("找不到您要的页面").contains("<html");
    }

    @Test
    void anAuthorizationHeaderThatIsNotBasicDoesNotSkipCsrf() {
        var session = new PageSession(port, "hr-office");
        session.get("/plans");

        var response = send("POST", "/api/v1/reports/accept", null, "application/json", "{\"ids\":[]}");
        var bearer = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/reports/accept"))
                .header("Authorization", "Bearer forged")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"ids\":[]}"));

        assertThat(response.statusCode()).isIn(401, 403);
        assertThat(Http.send(HttpClient.newHttpClient(), bearer).statusCode()).isIn(401, 403);
    }

    @Test
    void securityHeadersAreSentOnEveryPage() {
        var response = send("GET", "/portal", null, null, null);

        assertThat(response.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(response.headers().firstValue("Permissions-Policy"))
                .hasValueSatisfying(v -> assertThat(v).contains("camera=()"));
    }
}
