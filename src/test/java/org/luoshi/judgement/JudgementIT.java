package org.luoshi.judgement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.luoshi.DomainException;
import org.luoshi.plan.PlanImporter;
import org.luoshi.plan.Scope;
import org.luoshi.support.Http;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class JudgementIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JudgementQueries judgements;

    @Autowired
    Overrides overrides;

    @Autowired
    PlanImporter importer;

    @LocalServerPort
    int port;

    private long task(long planId, String number) {
        return jdbc.sql("select id from task where plan_id = :p and number = :n order by seq fetch first 1 rows only")
                .param("p", planId)
                .param("n", number)
                .query(Long.class)
                .single();
    }

    @Test
    void everyTaskOfTheImportedPeriodIsJudgedWithItsArithmetic() {
        long planId = data.zhoushanPlan();
        var period = judgements.period(planId, null, Scope.everything());

        var all = judgements.forPeriod(period.id(), Scope.everything());

        assertThat(all).hasSize(119);
        var sewer = all.get(task(planId, "82"));
        assertThat(sewer.status()).isEqualTo("completed");
        assertThat(sewer.reason()).contains("13").contains("10");
        assertThat(sewer.facts()).contains("\"expectedShare\":0.75");
    }

    @Test
    void theRollupAddsUpToThePlanAndAgreesWithTheStoredJudgements() {
        long planId = data.zhoushanPlan();

        var rollup = judgements.rollup(planId, "前三季度", Scope.everything());

        assertThat(rollup.tasks()).isEqualTo(119);
        assertThat(rollup.byStatus().stream().mapToInt(s -> s.count()).sum()).isEqualTo(119);
        int behindInSql = jdbc.sql(
                        "select count(*) from judgement where period_id = :p and coalesce(override_status, status) = 'behind'")
                .param("p", rollup.periodId())
                .query(Integer.class)
                .single();
        assertThat(rollup.byStatus())
                .filteredOn(s -> s.status().equals("behind"))
                .singleElement()
                .satisfies(s -> assertThat(s.count()).isEqualTo(behindInSql));
        assertThat(rollup.byUnit()).anySatisfy(u -> {
            assertThat(u.unit()).isEqualTo("市财政局");
            assertThat(u.tasks()).isGreaterThanOrEqualTo(4);
            assertThat(u.onTimeRate()).isEqualByComparingTo("1");
        });
    }

    @Test
    void aFigureThatDropsTenThousandfoldBetweenTwoPeriodsIsFlagged() {
        String half = document("上半年", "上半年,全市实现一般公共预算收入105.30亿元,同比增长5.1%。");
        String q3 = document("前三季度", "前三季度,全市实现一般公共预算收入158.86万元,同比增长4.3%。");

        long planId = importer.commit(
                        "h1.txt", half.getBytes(StandardCharsets.UTF_8), "定海区", 2021, "test", Scope.everything())
                .planId();
        importer.commit("q3.txt", q3.getBytes(StandardCharsets.UTF_8), "定海区", 2021, "test", Scope.everything());

        var period = judgements.period(planId, "前三季度", Scope.everything());
        assertThat(judgements.findings(period.id(), Scope.everything())).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo("implausible-figure");
            assertThat(f.message()).contains("158.86万元").contains("上半年");
        });
        assertThat(judgements.forTask(task(planId, "1"), Scope.everything())).hasSize(2);
    }

    private static String document(String period, String progress) {
        return """
                2021年定海区政府工作报告重点工作%s完成情况

                序号

                工作内容

                牵头单位

                进展情况

                1

                一般公共预算收入增长7%%,达到200亿元。

                区财政局

                %s

                2

                新建改建污水管网10公里。

                区住建局

                已新建改建污水管网6公里。
                """.formatted(period, progress);
    }

    @Test
    void theOfficeOverridesWithAReasonAndTheProposalStaysVisible() {
        long planId = data.zhoushanPlan();
        long taskId = task(planId, "2");
        var period = judgements.period(planId, null, Scope.everything());
        String office = data.user("judge-office", "OFFICE", "舟山市");

        var response = put(
                "/api/v1/tasks/" + taskId + "/override",
                office,
                "{\"period\":\"前三季度\",\"status\":\"behind\",\"reason\":\"预算执行偏慢,经督查核实\"}");

        assertThat(response.statusCode()).isEqualTo(204);
        var view = judgements.forPeriod(period.id(), Scope.everything()).get(taskId);
        assertThat(view.status()).isEqualTo("behind");
        assertThat(view.overridden()).isTrue();
        assertThat(view.computedStatus()).isNotEqualTo("behind");
        assertThat(view.overrideReason()).isEqualTo("预算执行偏慢,经督查核实");
        int audited = jdbc.sql(
                        "select count(*) from audit_event where action = 'judgement.override' and entity_id = :t")
                .param("t", String.valueOf(taskId))
                .query(Integer.class)
                .single();
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void anOverrideWithoutAReasonIsRefusedInBothLanguages() {
        long planId = data.zhoushanPlan();
        String office = data.user("judge-office2", "OFFICE", "舟山市");

        var response = put(
                "/api/v1/tasks/" + task(planId, "3") + "/override",
                office,
                "{\"period\":\"前三季度\",\"status\":\"behind\",\"reason\":\"  \"}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("detail_zh").asString()).contains("理由");
        assertThat(problem.get("detail_en").asString()).contains("reason");
    }

    @Test
    void aLeaderMayNotOverride() {
        long planId = data.zhoushanPlan();
        String leader = data.user("judge-leader", "LEADER", "浙江省");

        var response = put(
                "/api/v1/tasks/" + task(planId, "4") + "/override",
                leader,
                "{\"period\":\"前三季度\",\"status\":\"behind\",\"reason\":\"试图调整\"}");

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void anotherGovernmentsOfficeCannotOverride() {
        long planId = data.zhoushanPlan();
        long dinghai = jdbc.sql("select id from government where name = '定海区'")
                .query(Long.class)
                .single();
        var period = judgements.period(planId, null, Scope.everything());

        assertThatThrownBy(() -> overrides.override(
                        task(planId, "5"), period.id(), "behind", "越权", data.acting("judge-dinghai", "OFFICE", "定海区")))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void theAssessmentApiAnswersTheRollup() {
        long planId = data.zhoushanPlan();
        String office = data.user("judge-office3", "OFFICE", "舟山市");

        var response =
                Http.as(port, office).get("/api/v1/plans/" + planId + "/assessment?period=" + Http.encode("前三季度"));

        JsonNode rollup = JSON.readTree(response.body());
        assertThat(rollup.get("tasks").asInt()).isEqualTo(119);
        assertThat(rollup.get("periodLabel").asString()).isEqualTo("前三季度");
        assertThat(Http.as(port, office)
                        .get("/api/v1/plans/" + planId + "/assessment?period=" + Http.encode("全年"))
                        .statusCode())
                .isEqualTo(404);
    }

    private HttpResponse<String> put(String path, String username, String body) {
        String auth = Base64.getEncoder()
                .encodeToString((username + ":" + TestData.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + auth)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
