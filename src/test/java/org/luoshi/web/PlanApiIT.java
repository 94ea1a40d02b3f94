package org.luoshi.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.support.Http;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class PlanApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    TestData data;

    @LocalServerPort
    int port;

    long planId;

    @BeforeEach
    void plan() {
        planId = data.zhoushanPlan();
        data.user("api-office", "OFFICE", "舟山市");
        data.user("api-dinghai", "OFFICE", "定海区");
        data.user("api-leader", "LEADER", "浙江省");
    }

    @Test
    void listsThePlansTheCallerMaySee() {
        var response = Http.as(port, "api-office").get("/api/v1/plans");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode plans = JSON.readTree(response.body());
        assertThat(plans.findValuesAsString("title")).contains("2022年市政府工作报告重点工作");
        assertThat(plans.get(0).get("taskCount").asInt()).isEqualTo(119);
    }

    @Test
    void anotherGovernmentsOfficeSeesNeitherThePlanNorItsTasks() {
        var list = Http.as(port, "api-dinghai").get("/api/v1/plans");
        var tasks = Http.as(port, "api-dinghai").get("/api/v1/plans/" + planId + "/tasks");

        assertThat(JSON.readTree(list.body()).findValuesAsString("governmentName"))
                .doesNotContain("舟山市");
        assertThat(tasks.statusCode()).isEqualTo(404);
    }

    @Test
    void aLeaderOfTheProvinceSeesTheCitysPlan() {
        var response = Http.as(port, "api-leader").get("/api/v1/plans/" + planId);

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void pagesTasksInDocumentOrder() {
        var response = Http.as(port, "api-office").get("/api/v1/plans/" + planId + "/tasks?page=4&size=20");

        JsonNode page = JSON.readTree(response.body());
        assertThat(page.get("total").asLong()).isEqualTo(119);
        assertThat(page.get("items")).hasSize(20);
        assertThat(page.get("items").get(0).get("seq").asInt()).isEqualTo(81);
        assertThat(page.get("items").get(0).get("leadUnits").isArray()).isTrue();
    }

    @Test
    void filtersTasksByKeyword() {
        var response = Http.as(port, "api-office").get("/api/v1/plans/" + planId + "/tasks?q=" + Http.encode("LNG"));

        JsonNode page = JSON.readTree(response.body());
        assertThat(page.get("total").asLong()).isBetween(1L, 118L);
        page.get("items").forEach(t -> assertThat(t.toString()).contains("LNG"));
    }

    @Test
    void answersBadPagingWithAProblemInBothLanguages() {
        var response = Http.as(port, "api-office").get("/api/v1/plans/" + planId + "/tasks?size=1000");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).contains("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("detail_zh").asString()).contains("分页");
        assertThat(problem.get("detail_en").asString()).contains("paging");
    }

    @Test
    void answersAnUnknownPlanWith404Problem() {
        var response = Http.as(port, "api-office").get("/api/v1/plans/999999/tasks");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(response.body()).get("detail_en").asString()).contains("no such plan");
    }

    @Test
    void answersANonNumericIdWithAProblem() {
        var response = Http.as(port, "api-office").get("/api/v1/plans/abc/tasks");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).has("detail_zh")).isTrue();
    }

    @Test
    void requiresLogin() {
        var response = Http.anonymous(port).get("/api/v1/plans");

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void servesAnOpenApiDocument() {
        var response = Http.as(port, "api-office").get("/v3/api-docs");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode doc = JSON.readTree(response.body());
        assertThat(doc.get("openapi").asString()).startsWith("3.");
        assertThat(doc.get("paths").has("/api/v1/plans/{id}/tasks")).isTrue();
    }
}
