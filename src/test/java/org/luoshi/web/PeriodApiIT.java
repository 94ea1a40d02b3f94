package org.luoshi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.support.Http;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Periods over the API: listed, opened, closed (which locks their reports) and reopened with a reason. */
@IntegrationTest
class PeriodApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    Calls http;
    long planId;
    long unit;
    String base;

    @BeforeEach
    void users() {
        http = new Calls(port);
        planId = data.closingPlan();
        unit = data.leadUnit(planId, "82");
        base = "/api/v1/plans/" + planId + "/periods";
        data.user("pa-office", "OFFICE", "舟山市");
        data.user("pa-dinghai", "OFFICE", "定海区");
        data.user("pa-leader", "LEADER", "浙江省");
        data.unitUser("pa-reporter", "REPORTER", "舟山市", unit);
    }

    private JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private long open(String label) {
        var opened = http.call(
                "pa-office",
                "POST",
                base,
                "{\"label\":\"%s\",\"endDate\":\"2012-12-31\",\"dueDate\":\"2013-01-10\",\"expectedShare\":1}"
                        .formatted(label));
        assertThat(opened.statusCode()).isEqualTo(201);
        long id = json(opened).get("id").asLong();
        assertThat(opened.headers().firstValue("Location")).hasValue(base + "/" + id);
        return id;
    }

    private long reportOf(long period) {
        return jdbc.sql("select id from progress_report where period_id = :p and unit_id = :u order by id"
                        + " fetch first 1 rows only")
                .param("p", period)
                .param("u", unit)
                .query(Long.class)
                .single();
    }

    private int version(long report) {
        return jdbc.sql("select version from progress_report where id = :id")
                .param("id", report)
                .query(Integer.class)
                .single();
    }

    private static String basic(String user) {
        return Base64.getEncoder().encodeToString((user + ":" + TestData.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private int audited(String action, long period) {
        return jdbc.sql("select count(*) from audit_event where action = :a and entity_id = :id")
                .param("a", action)
                .param("id", Long.toString(period))
                .query(Integer.class)
                .single();
    }

    @Test
    void aClosedPeriodRefusesEveryChangeToItsReportsInBothLanguagesUntilTheOfficeReopensIt() {
        long period = open("全年(关闭)" + System.nanoTime() % 100000);
        long report = reportOf(period);
        String path = "/api/v1/reports/" + report;
        String text = "{\"version\":%d,\"text\":\"新建改建污水管网13公里\",\"figures\":\"\"}";
        assertThat(http.call("pa-reporter", "PUT", path, text.formatted(version(report)))
                        .statusCode())
                .isEqualTo(200);

        var closed = http.call("pa-office", "POST", base + "/" + period + "/close", null);
        assertThat(closed.statusCode()).isEqualTo(200);
        assertThat(json(closed).get("closed").asBoolean()).isTrue();
        assertThat(json(closed).get("closedBy").asString()).isEqualTo("pa-office");
        assertThat(audited("period.close", period)).isEqualTo(1);

        int before = version(report);
        var saved = http.call("pa-reporter", "PUT", path, text.formatted(before).replace("13", "14"));
        assertThat(saved.statusCode()).isEqualTo(409);
        assertThat(json(saved).get("code").asString()).isEqualTo("period.closed");
        assertThat(json(saved).get("detail_zh").asString()).contains("已关闭").contains("重新开放");
        assertThat(json(saved).get("detail_en").asString())
                .contains("is closed")
                .contains("reopen");
        assertThat(http.call("pa-reporter", "POST", path + "/submit", text.formatted(before))
                        .statusCode())
                .isEqualTo(409);
        assertThat(version(report)).as("nothing stored changed").isEqualTo(before);
        assertThat(jdbc.sql("select body from progress_report where id = :id")
                        .param("id", report)
                        .query(String.class)
                        .single())
                .contains("13公里");
        assertThat(http.call("pa-office", "POST", base + "/" + period + "/close", null)
                        .statusCode())
                .as("closing twice")
                .isEqualTo(409);

        var noReason = http.call("pa-office", "POST", base + "/" + period + "/reopen", "{\"reason\":\"  \"}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(json(noReason).get("detail_zh").asString()).contains("理由");
        assertThat(json(http.call("pa-office", "GET", base + "/" + period, null))
                        .get("closed")
                        .asBoolean())
                .as("still closed after a refused reopening")
                .isTrue();

        var reopened = http.call("pa-office", "POST", base + "/" + period + "/reopen", "{\"reason\":\"补报年底数据\"}");
        assertThat(reopened.statusCode()).isEqualTo(200);
        assertThat(json(reopened).get("closed").asBoolean()).isFalse();
        assertThat(json(reopened).get("reopenReason").asString()).isEqualTo("补报年底数据");
        assertThat(jdbc.sql("select detail from audit_event where action = 'period.reopen' and entity_id = :id")
                        .param("id", Long.toString(period))
                        .query(String.class)
                        .single())
                .contains("补报年底数据");
        assertThat(http.call("pa-reporter", "POST", path + "/submit", text.formatted(version(report)))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void listsThePlansPeriodsWithTheirStateToWhoeverMaySeeThePlan() {
        long period = open("全年(列表)" + System.nanoTime() % 100000);
        http.call("pa-office", "POST", base + "/" + period + "/close", null);

        var listed = http.call("pa-leader", "GET", base, null);
        assertThat(listed.statusCode()).isEqualTo(200);
        JsonNode mine = null;
        for (JsonNode p : json(listed)) {
            if (p.get("id").asLong() == period) {
                mine = p;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("closed").asBoolean()).isTrue();
        assertThat(mine.get("expectedShare").decimalValue()).isEqualByComparingTo("1");
        assertThat(http.call("pa-reporter", "GET", base + "/" + period, null).statusCode())
                .isEqualTo(200);
        assertThat(http.call("pa-dinghai", "GET", base, null).statusCode()).isEqualTo(404);
        assertThat(http.call("pa-dinghai", "GET", base + "/" + period, null).statusCode())
                .isEqualTo(404);
        long other = data.zhoushanPlan();
        assertThat(http.call("pa-office", "GET", "/api/v1/plans/" + other + "/periods/" + period, null)
                        .statusCode())
                .as("a period asked for under another plan")
                .isEqualTo(404);
    }

    @Test
    void onlyThePlansOfficeClosesAndReopens() {
        long period = open("全年(权限)" + System.nanoTime() % 100000);
        String close = base + "/" + period + "/close";

        assertThat(http.call("pa-reporter", "POST", close, null).statusCode()).isEqualTo(403);
        assertThat(http.call("pa-leader", "POST", close, null).statusCode()).isEqualTo(403);
        assertThat(http.call("pa-dinghai", "POST", close, null).statusCode()).isEqualTo(404);
        assertThat(audited("period.close", period)).isZero();
        assertThat(http.call("pa-office", "POST", close, null).statusCode()).isEqualTo(200);
        String reopen = base + "/" + period + "/reopen";
        assertThat(http.call("pa-leader", "POST", reopen, "{\"reason\":\"越权\"}").statusCode())
                .isEqualTo(403);
        assertThat(audited("period.reopen", period)).isZero();
    }

    @Test
    void readsAPeriodsJudgementsAndFindingsByIdWithAnETag() {
        long plan = data.zhoushanPlan();
        long period = jdbc.sql("select id from reporting_period where plan_id = :p and label = '前三季度'")
                .param("p", plan)
                .query(Long.class)
                .single();
        String path = "/api/v1/plans/" + plan + "/periods/" + period;

        var judgements = http.call("pa-office", "GET", path + "/judgements", null);
        assertThat(judgements.statusCode()).isEqualTo(200);
        var byLabel = http.call(
                "pa-office", "GET", "/api/v1/plans/" + plan + "/judgements?period=" + Http.encode("前三季度"), null);
        assertThat(json(judgements).size()).isPositive().isEqualTo(json(byLabel).size());
        json(judgements).forEach(j -> assertThat(j.get("periodId").asLong()).isEqualTo(period));
        assertThat(http.call("pa-office", "GET", path + "/findings", null).statusCode())
                .isEqualTo(200);
        JsonNode rollup = json(http.call("pa-leader", "GET", path + "/assessment", null));
        assertThat(rollup.get("periodId").asLong()).isEqualTo(period);
        assertThat(rollup.get("tasks").asInt()).isPositive();

        String etag = judgements.headers().firstValue("ETag").orElseThrow();
        var again = Http.send(
                HttpClient.newHttpClient(),
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path + "/judgements"))
                        .header("Authorization", "Basic " + basic("pa-office"))
                        .header("Accept", "application/json")
                        .header("If-None-Match", etag)
                        .GET());
        assertThat(again.statusCode()).isEqualTo(304);

        for (String p : new String[] {path + "/judgements", path + "/findings", path + "/assessment"}) {
            assertThat(http.call("pa-dinghai", "GET", p, null).statusCode()).isEqualTo(404);
        }
        long task = data.task(plan, "2");
        var ofTask = http.call("pa-leader", "GET", "/api/v1/tasks/" + task + "/judgements", null);
        assertThat(ofTask.statusCode()).isEqualTo(200);
        assertThat(json(ofTask).size()).isPositive();
        assertThat(http.call("pa-dinghai", "GET", "/api/v1/tasks/" + task + "/judgements", null)
                        .statusCode())
                .isEqualTo(404);
    }
}
