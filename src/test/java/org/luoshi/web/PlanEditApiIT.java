package org.luoshi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.plan.GovernmentAdmin;
import org.luoshi.plan.GovernmentAdmin.NewGovernment;
import org.luoshi.plan.Scope;
import org.luoshi.plan.UnitPicker;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The plan-editing API over real HTTP: problems in both languages, nothing stored changed, the ledger by upload. */
@IntegrationTest
class PlanEditApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    TestData data;

    @Autowired
    GovernmentAdmin governments;

    @Autowired
    UnitPicker units;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    Calls http;
    String office;
    long gov;
    long unit;
    long plan;

    @BeforeEach
    void plan() {
        http = new Calls(port);
        String code = "5" + String.format("%011d", System.nanoTime() % 100_000_000_000L);
        long parent = jdbc.sql("select id from government where code = '330900'")
                .query(Long.class)
                .single();
        String name = "接口县" + code;
        gov = governments.create(new NewGovernment(code, name, "county", parent), "test");
        unit = units.create(gov, "县财政局", "test", Scope.everything()).id();
        office = data.user("api-edit-" + code, "OFFICE", name);
        plan = json(http.call(
                        office,
                        "POST",
                        "/api/v1/plans",
                        "{\"governmentId\":%d,\"year\":2026,\"title\":\"接口计划\"}".formatted(gov)))
                .get("id")
                .asLong();
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private int stored(String sql) {
        return jdbc.sql(sql).param("p", plan).query(Integer.class).single();
    }

    @Test
    void badInputAnswersAProblemInBothLanguagesAndChangesNothing() {
        String tasks = "/api/v1/plans/" + plan + "/tasks";
        var ok = http.call(
                office, "POST", tasks, "{\"number\":\"1\",\"content\":\"推进数字化改革\",\"leadUnits\":[%d]}".formatted(unit));
        assertThat(ok.statusCode()).isEqualTo(201);
        long task = json(ok).get("id").asLong();
        long foreign = jdbc.sql("select min(id) from unit where government_id <> :g")
                .param("g", gov)
                .query(Long.class)
                .single();
        record Case(String method, String path, String body, int status, String code, String zh, String en) {}
        for (Case c : List.of(
                new Case(
                        "POST",
                        tasks,
                        "{\"content\":\" \",\"leadUnits\":[%d]}".formatted(unit),
                        400,
                        "edit.task.content.empty",
                        "请填写工作内容",
                        "content is empty"),
                new Case(
                        "POST",
                        tasks,
                        "{\"content\":\"%s\",\"leadUnits\":[%d]}".formatted("长".repeat(20_001), unit),
                        400,
                        "edit.field.tooLong",
                        "过长",
                        "too long"),
                new Case(
                        "POST",
                        tasks,
                        "{\"content\":\"内容\",\"leadUnits\":[%d]}".formatted(foreign),
                        400,
                        "edit.unit.foreign",
                        "不属于本级政府",
                        "not one of this government"),
                new Case(
                        "PUT",
                        "/api/v1/tasks/" + task,
                        "{\"version\":7,\"content\":\"迟到的修改\",\"leadUnits\":[%d]}".formatted(unit),
                        409,
                        "edit.task.stale",
                        "已被他人修改",
                        "changed meanwhile"),
                new Case(
                        "POST",
                        "/api/v1/tasks/" + task + "/targets",
                        "{\"version\":0,\"metric\":\"地区生产总值\",\"kind\":\"growth\",\"value\":7,\"unit\":\"亿元\"}",
                        400,
                        "edit.target.unit",
                        "与目标类型不符",
                        "does not fit"),
                new Case(
                        "POST",
                        "/api/v1/tasks/" + task + "/cancel",
                        "{\"version\":0,\"reason\":\"\"}",
                        400,
                        "edit.reason.empty",
                        "请填写理由",
                        "give a reason"))) {
            var response = http.call(office, c.method(), c.path(), c.body());
            assertThat(response.statusCode()).as(c.code()).isEqualTo(c.status());
            JsonNode problem = json(response);
            assertThat(problem.get("code").asString()).isEqualTo(c.code());
            assertThat(problem.get("detail_zh").asString()).contains(c.zh());
            assertThat(problem.get("detail_en").asString()).contains(c.en());
        }
        var garbled = http.call(
                office,
                "POST",
                "/api/v1/tasks/" + task + "/targets",
                "{\"version\":0,\"metric\":\"x\",\"kind\":\"amount\",\"value\":\"十\",\"unit\":\"个\"}");
        assertThat(garbled.statusCode()).isEqualTo(400);
        assertThat(json(garbled).has("detail_zh")).isTrue();
        assertThat(stored("select count(*) from task where plan_id = :p")).isEqualTo(1);
        assertThat(stored("select count(*) from target g join task t on t.id = g.task_id where t.plan_id = :p"))
                .isZero();
        assertThat(stored("select max(version) from task where plan_id = :p")).isZero();
        assertThat(stored("select count(*) from task where plan_id = :p and content = '推进数字化改革' and state = 'active'"))
                .isEqualTo(1);

        var duplicate = http.call(
                office, "POST", tasks, "{\"number\":\"1\",\"content\":\"另一项\",\"leadUnits\":[%d]}".formatted(unit));
        assertThat(duplicate.statusCode()).isEqualTo(201);
        assertThat(json(duplicate).get("notices").get(0).get("en").asString()).contains("used by another task");
    }

    @Test
    void theLedgerGoesDownAndUpOverHttp() throws Exception {
        http.call(
                office,
                "POST",
                "/api/v1/plans/" + plan + "/tasks",
                "{\"number\":\"1\",\"content\":\"推进数字化改革\",\"leadUnits\":[%d]}".formatted(unit));
        HttpClient client = HttpClient.newHttpClient();
        String auth = "Basic "
                + Base64.getEncoder()
                        .encodeToString((office + ":" + TestData.PASSWORD).getBytes(StandardCharsets.UTF_8));
        byte[] file = client.send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://localhost:" + port + "/api/v1/plans/" + plan + "/ledger.xlsx"))
                                .header("Authorization", auth)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray())
                .body();
        byte[] edited;
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(file));
                var out = new ByteArrayOutputStream()) {
            book.getSheet("台账").getRow(1).getCell(1).setCellValue("深入推进数字化改革");
            book.write(out);
            edited = out.toByteArray();
        }
        String boundary = "----luoshi" + System.nanoTime();
        var body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ledger.xlsx\"\r\n"
                        + "Content-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(edited);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var uploaded = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/plans/" + plan + "/ledger"))
                        .header("Authorization", auth)
                        .header("Accept", "application/json")
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(uploaded.statusCode()).isEqualTo(201);
        JsonNode diff = JSON.readTree(uploaded.body());
        assertThat(diff.get("changed").get(0).get("fields").get(0).asString()).isEqualTo("工作内容");
        String token = diff.get("token").asString();
        var preview = http.call(office, "GET", "/api/v1/plans/" + plan + "/ledger/" + token, null);
        assertThat(json(preview).get("fingerprint").asString())
                .isEqualTo(diff.get("fingerprint").asString());
        var committed = http.call(
                office,
                "POST",
                "/api/v1/plans/" + plan + "/ledger/" + token + "/commit",
                "{\"fingerprint\":\"%s\"}".formatted(diff.get("fingerprint").asString()));
        assertThat(committed.statusCode()).isEqualTo(200);
        assertThat(stored("select count(*) from task where plan_id = :p and content = '深入推进数字化改革'"))
                .isEqualTo(1);
    }

    @Test
    void theOpenApiDocumentDescribesTheEditingOperations() {
        JsonNode paths = json(org.luoshi.support.Http.as(port, office).get("/v3/api-docs"))
                .get("paths");
        for (String[] op : List.of(
                new String[] {"/api/v1/plans", "post"},
                new String[] {"/api/v1/plans/{id}/tasks", "post"},
                new String[] {"/api/v1/tasks/{id}", "put"},
                new String[] {"/api/v1/tasks/{id}/cancel", "post"},
                new String[] {"/api/v1/tasks/{id}/targets", "post"},
                new String[] {"/api/v1/targets/{id}", "put"},
                new String[] {"/api/v1/governments/{id}/units", "get"},
                new String[] {"/api/v1/plans/{planId}/ledger", "post"},
                new String[] {"/api/v1/plans/{planId}/ledger/{token}/commit", "post"})) {
            assertThat(paths.has(op[0])).as(op[0]).isTrue();
            assertThat(paths.get(op[0]).get(op[1]).get("summary").asString())
                    .as(op[0])
                    .containsPattern("\\p{IsHan}.*/ [a-z]");
        }
    }

    @Test
    void aCancelledTaskSaysSoWithItsReasonOnItsPage() {
        long task = json(http.call(
                        office,
                        "POST",
                        "/api/v1/plans/" + plan + "/tasks",
                        "{\"number\":\"9\",\"content\":\"建设体育公园\",\"leadUnits\":[%d]}".formatted(unit)))
                .get("id")
                .asLong();
        var cancelled = http.call(
                office, "POST", "/api/v1/tasks/" + task + "/cancel", "{\"version\":0,\"reason\":\"市政府常务会议决定<停建>\"}");
        assertThat(cancelled.statusCode()).isEqualTo(200);
        String page =
                org.luoshi.support.Http.as(port, office).get("/tasks/" + task).body();
        assertThat(page).contains("已销号").contains("市政府常务会议决定&lt;停建&gt;").doesNotContain("<停建>");
        assertThat(org.luoshi.support.Http.as(port, office)
                        .get("/tasks/" + task)
                        .body())
                .contains("销号,理由:市政府常务会议决定&lt;停建&gt;");
        // The plan's table still lists it, dimmed and marked 已销号.
        String table =
                org.luoshi.support.Http.as(port, office).get("/plans/" + plan).body();
        assertThat(table)
                .containsPattern("<tr id=\"task-\\d+\" class=\"inactive\">\\s*<td class=\"num\"><a href=\"/tasks/"
                        + task + "\">9</a></td>\\s*<td><span class=\"badge task-state\">已销号</span>");
    }

    @Test
    void aTaskWithUnitReportsIsCancelledNotRemoved() {
        long task = json(http.call(
                        office,
                        "POST",
                        "/api/v1/plans/" + plan + "/tasks",
                        "{\"number\":\"1\",\"content\":\"建设体育公园\",\"leadUnits\":[%d]}".formatted(unit)))
                .get("id")
                .asLong();
        var opened = http.call(
                office,
                "POST",
                "/api/v1/plans/" + plan + "/periods",
                "{\"label\":\"一季度\",\"endDate\":\"2026-03-31\",\"dueDate\":\"2026-04-10\",\"expectedShare\":0.25}");
        assertThat(opened.statusCode()).isEqualTo(201);
        assertThat(jdbc.sql("select count(*) from progress_report where task_id = :t")
                        .param("t", task)
                        .query(Integer.class)
                        .single())
                .isPositive();
        var removed = http.call(office, "DELETE", "/api/v1/tasks/" + task + "?version=0", null);
        assertThat(removed.statusCode()).isEqualTo(409);
        assertThat(json(removed).get("detail_zh").asString()).contains("请销号");
        assertThat(stored("select count(*) from task where plan_id = :p")).isEqualTo(1);
    }
}
