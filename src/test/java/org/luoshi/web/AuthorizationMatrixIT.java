package org.luoshi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.account.ApiTokens;
import org.luoshi.account.ApiTokens.NewToken;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls every reporting endpoint and page as every role and checks allowed or denied. Denied calls come first
 * in each step, so that only the allowed call changes the report.
 */
@IntegrationTest
class AuthorizationMatrixIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ANON = null;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.luoshi.plan.PendingImports pending;

    @Autowired
    ApiTokens tokens;

    @LocalServerPort
    int port;

    Calls http;
    long planId;
    long unitA;
    long unitB;

    @BeforeEach
    void users() {
        http = new Calls(port);
        planId = data.reportingPlan();
        unitA = data.leadUnit(planId, "82");
        unitB = data.leadUnit(planId, "1");
        assertThat(unitA).isNotEqualTo(unitB);
        data.user("mx-admin", "ADMIN", null);
        data.user("mx-office", "OFFICE", "舟山市");
        data.user("mx-dinghai", "OFFICE", "定海区");
        data.user("mx-leader", "LEADER", "浙江省");
        data.user("mx-leader-dh", "LEADER", "定海区");
        data.unitUser("mx-reporter-a", "REPORTER", "舟山市", unitA);
        data.unitUser("mx-approver-a", "APPROVER", "舟山市", unitA);
        data.unitUser("mx-reporter-b", "REPORTER", "舟山市", unitB);
    }

    private final List<String> failures = new ArrayList<>();

    private JsonNode expect(String user, String method, String path, String body, int status) {
        var response = http.call(user, method, path, body);
        if (response.statusCode() != status) {
            failures.add(
                    method + " " + path + " as " + user + ": expected " + status + ", got " + response.statusCode());
        }
        return response.body().startsWith("{") || response.body().startsWith("[")
                ? JSON.readTree(response.body())
                : null;
    }

    private void denied(String method, String path, String body, Map<String, Integer> who) {
        who.forEach((user, status) -> expect(user, method, path, body, status));
    }

    private static Map<String, Integer> map(Object... pairs) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return m;
    }

    private int version(long report) {
        return jdbc.sql("select version from progress_report where id = :id")
                .param("id", report)
                .query(Integer.class)
                .single();
    }

    @Test
    void everyRoleGetsExactlyWhatItMayDoOnReportsPeriodsAndPages() {
        JsonNode opened = expect(
                "mx-office",
                "POST",
                "/api/v1/plans/" + planId + "/periods",
                "{\"label\":\"全年(矩阵)\",\"endDate\":\"2022-12-31\",\"dueDate\":\"2023-01-10\",\"expectedShare\":1}",
                201);
        long period = opened.get("id").asLong();
        long a = jdbc.sql(
                        "select id from progress_report where period_id = :p and unit_id = :u order by id fetch first 1 rows only")
                .param("p", period)
                .param("u", unitA)
                .query(Long.class)
                .single();
        String reportA = "/api/v1/reports/" + a;

        // Opening periods: the plan's office and the administrator only.
        denied(
                "POST",
                "/api/v1/plans/" + planId + "/periods",
                "{\"label\":\"全年(越权)\",\"endDate\":\"2022-12-31\",\"dueDate\":\"2023-01-10\",\"expectedShare\":1}",
                map(
                        "mx-reporter-a",
                        403,
                        "mx-approver-a",
                        403,
                        "mx-leader",
                        403,
                        "mx-dinghai",
                        404,
                        "mx-leader-dh",
                        404));
        // Anonymous writes carry no credentials and no CSRF token: refused before anything else.
        expect(ANON, "POST", "/api/v1/plans/" + planId + "/periods", "{}", 403);

        // Reading a report: its unit, the government's office, leaders above it, the administrator.
        for (String u : List.of("mx-admin", "mx-office", "mx-leader", "mx-reporter-a", "mx-approver-a")) {
            expect(u, "GET", reportA, null, 200);
        }
        denied("GET", reportA, null, map("mx-reporter-b", 404, "mx-dinghai", 404, "mx-leader-dh", 404));
        expect(ANON, "GET", reportA, null, 401);

        // Work lists: another unit's reporter and another government's office see none of unit A's reports.
        JsonNode ofB = expect("mx-reporter-b", "GET", "/api/v1/periods/" + period + "/reports", null, 200);
        ofB.forEach(row -> assertThat(row.get("unitId").asLong()).isEqualTo(unitB));
        assertThat(ofB.size()).isPositive();
        assertThat(expect("mx-dinghai", "GET", "/api/v1/periods/" + period + "/reports", null, 200)
                        .size())
                .isZero();
        assertThat(expect("mx-office", "GET", "/api/v1/periods/" + period + "/reports?unit=" + unitA, null, 200)
                        .size())
                .isPositive();

        // Saving and submitting: the unit's reporter only.
        String text = "{\"version\":%d,\"text\":\"新建改建污水管网13公里\",\"figures\":\"\"}";
        Map<String, Integer> notReporter = map(
                "mx-approver-a",
                403,
                "mx-reporter-b",
                404,
                "mx-office",
                403,
                "mx-leader",
                403,
                "mx-dinghai",
                404,
                "mx-admin",
                403);
        denied("PUT", reportA, text.formatted(version(a)), notReporter);
        expect(ANON, "PUT", reportA, text.formatted(version(a)), 403);
        expect("mx-reporter-a", "PUT", reportA, text.formatted(version(a)), 200);
        denied("POST", reportA + "/submit", text.formatted(version(a)), notReporter);
        expect("mx-reporter-a", "POST", reportA + "/submit", text.formatted(version(a)), 200);

        // Approving: the unit's approver only.
        String v = "{\"version\":%d}";
        denied(
                "POST",
                reportA + "/approve",
                v.formatted(version(a)),
                map("mx-reporter-a", 403, "mx-reporter-b", 404, "mx-office", 403, "mx-leader", 403, "mx-dinghai", 404));
        expect("mx-approver-a", "POST", reportA + "/approve", v.formatted(version(a)), 200);

        // Returning an approved report: the office (the approver's turn is over).
        String reason = "{\"version\":%d,\"reason\":\"请补充投资数据\"}";
        denied(
                "POST",
                reportA + "/return",
                reason.formatted(version(a)),
                map(
                        "mx-reporter-a",
                        403,
                        "mx-approver-a",
                        403,
                        "mx-reporter-b",
                        404,
                        "mx-leader",
                        403,
                        "mx-dinghai",
                        404));
        expect("mx-office", "POST", reportA + "/return", reason.formatted(version(a)), 200);
        expect("mx-reporter-a", "POST", reportA + "/submit", text.formatted(version(a)), 200);
        expect("mx-approver-a", "POST", reportA + "/approve", v.formatted(version(a)), 200);

        // Accepting: the office only, one by one or in bulk.
        denied(
                "POST",
                reportA + "/accept",
                v.formatted(version(a)),
                map(
                        "mx-reporter-a",
                        403,
                        "mx-approver-a",
                        403,
                        "mx-reporter-b",
                        404,
                        "mx-leader",
                        403,
                        "mx-dinghai",
                        404));
        denied(
                "POST",
                "/api/v1/reports/accept",
                "{\"ids\":[" + a + "]}",
                map("mx-leader", 403, "mx-dinghai", 404, "mx-reporter-a", 403));
        expect("mx-office", "POST", "/api/v1/reports/accept", "{\"ids\":[" + a + "]}", 200);
        // Locked once accepted, for everyone.
        expect("mx-reporter-a", "PUT", reportA, text.formatted(version(a)), 409);

        // Pages.
        String page = "/reporting/reports/" + a;
        for (String u : List.of("mx-admin", "mx-office", "mx-leader", "mx-reporter-a", "mx-approver-a")) {
            expect(u, "GET", page, null, 200);
            expect(u, "GET", "/reporting", null, 200);
            expect(u, "GET", "/password", null, 200);
        }
        denied("GET", page, null, map("mx-reporter-b", 404, "mx-dinghai", 404, "mx-leader-dh", 404));
        denied("GET", "/reporting/periods/" + period, null, map("mx-dinghai", 404, "mx-leader-dh", 404));
        expect("mx-office", "GET", "/reporting/periods/" + period, null, 200);
        for (String u : List.of("mx-reporter-a", "mx-approver-a", "mx-leader")) {
            expect(u, "GET", "/admin/audit", null, 403);
            expect(u, "GET", "/admin/audit.csv", null, 403);
            expect(u, "GET", "/admin/users", null, 403);
        }
        expect("mx-office", "GET", "/admin/users", null, 403);
        expect("mx-office", "GET", "/admin/audit", null, 200);
        expect("mx-admin", "GET", "/admin/users", null, 200);
        expect("mx-admin", "GET", "/admin/audit", null, 200);
        // The hash chain is walked on request, by the administrator only.
        assertThat(http.call("mx-admin", "GET", "/admin/audit", null).body()).doesNotContain("哈希链完整");
        assertThat(http.call("mx-admin", "GET", "/admin/audit?verify=true", null)
                        .body())
                .contains("哈希链完整");
        assertThat(http.call("mx-office", "GET", "/admin/audit?verify=true", null)
                        .body())
                .doesNotContain("哈希链");
        var garbled = http.call("mx-admin", "GET", "/admin/audit?verify=maybe", null);
        assertThat(garbled.statusCode()).isEqualTo(400);
        assertThat(garbled.body()).contains("出错了").doesNotContain("Exception");
        String dinghaiExport =
                http.call("mx-dinghai", "GET", "/admin/audit.csv", null).body();
        assertThat(dinghaiExport).startsWith("\ufeffid,").doesNotContain("progress_report\",\"" + a + "\"");
        assertThat(http.call("mx-office", "GET", "/admin/audit.csv", null).body())
                .contains("\"progress_report\",\"" + a + "\"");

        // The public: the login page and the portal only; everything else sends it to the login page or 401.
        expect(ANON, "GET", "/login", null, 200);
        for (String p : List.of(
                "/reporting",
                page,
                "/reporting/periods/" + period,
                "/admin/audit",
                "/admin/users",
                "/password",
                "/plans")) {
            var response = http.call(ANON, "GET", p, null);
            if (response.statusCode() != 302
                    || !response.headers().firstValue("Location").orElse("").endsWith("/login")) {
                failures.add("anonymous GET " + p + ": " + response.statusCode());
            }
        }
        assertThat(http.call(ANON, "GET", "/portal/", null).statusCode()).isNotIn(302, 401, 403);
        expect(ANON, "GET", "/api/v1/periods", null, 401);

        assertThat(failures).isEmpty();
    }

    @Test
    void everyRoleGetsExactlyWhatItMayDoOnPlansAssessmentPublicationsAndAdministration() {
        long plan = data.zhoushanPlan();
        long task = jdbc.sql("select id from task where plan_id = :p and number = '2'")
                .param("p", plan)
                .query(Long.class)
                .single();
        List<String> zhoushan = List.of("mx-admin", "mx-office", "mx-leader", "mx-reporter-a", "mx-approver-a");
        List<String> others = List.of("mx-dinghai", "mx-leader-dh");
        List<String> reads = List.of(
                "/plans/" + plan,
                "/plans/" + plan + "/dashboard",
                "/tasks/" + task,
                "/api/v1/plans/" + plan,
                "/api/v1/plans/" + plan + "/tasks",
                "/api/v1/plans/" + plan + "/assessment",
                "/api/v1/plans/" + plan + "/judgements",
                "/api/v1/plans/" + plan + "/findings");
        for (String path : reads) {
            zhoushan.forEach(u -> expect(u, "GET", path, null, 200));
            others.forEach(u -> expect(u, "GET", path, null, 404));
        }
        for (String u : List.of("mx-admin", "mx-office", "mx-leader", "mx-reporter-a", "mx-approver-a", "mx-dinghai")) {
            expect(u, "GET", "/plans", null, 200);
            expect(u, "GET", "/publications", null, 200);
        }
        for (String u : List.of("mx-admin", "mx-office", "mx-dinghai")) {
            expect(u, "GET", "/import", null, 200);
        }
        for (String u : List.of("mx-leader", "mx-reporter-a", "mx-approver-a")) {
            expect(u, "GET", "/import", null, 403);
        }
        for (String path : List.of("/admin/governments", "/admin/units")) {
            expect("mx-admin", "GET", path, null, 200);
            for (String u : List.of("mx-office", "mx-leader", "mx-reporter-a", "mx-approver-a", "mx-dinghai")) {
                expect(u, "GET", path, null, 403);
            }
        }

        // Overriding a status: the plan's office (and the administrator) only.
        String override = "/api/v1/tasks/" + task + "/override";
        String body = "{\"period\":\"前三季度\",\"status\":\"behind\",\"reason\":\"矩阵测试\"}";
        denied(
                "PUT",
                override,
                body,
                map("mx-leader", 403, "mx-reporter-a", 403, "mx-approver-a", 403, "mx-dinghai", 404));
        expect("mx-office", "PUT", override, body, 204);
        expect(
                "mx-office",
                "DELETE",
                override + "?period=" + java.net.URLEncoder.encode("前三季度", java.nio.charset.StandardCharsets.UTF_8),
                null,
                204);

        // The public is sent to the login page.
        for (String path : List.of(
                "/plans/" + plan,
                "/plans/" + plan + "/dashboard",
                "/tasks/" + task,
                "/import",
                "/publications",
                "/admin/governments",
                "/admin/units")) {
            var response = http.call(ANON, "GET", path, null);
            if (response.statusCode() != 302
                    || !response.headers().firstValue("Location").orElse("").endsWith("/login")) {
                failures.add("anonymous GET " + path + ": " + response.statusCode());
            }
        }
        expect(ANON, "GET", "/api/v1/plans/" + plan + "/tasks", null, 401);

        assertThat(failures).isEmpty();
    }

    /** Keeping a plan by hand (issue 14): the office of the plan's government and the administrator only. */
    @Test
    void onlyThePlansOfficeAndTheAdministratorEditAPlanByHand() {
        long zhoushan = jdbc.sql("select id from government where name = '舟山市'")
                .query(Long.class)
                .single();
        int year = jdbc.sql(
                        "select coalesce(max(plan_year), 2030) + 1 from plan where government_id = :g and plan_year > 2030")
                .param("g", zhoushan)
                .query(Integer.class)
                .single();
        Map<String, Integer> notOffice = map(
                "mx-leader", 403, "mx-reporter-a", 403, "mx-approver-a", 403, "mx-leader-dh", 403, "mx-dinghai", 404);
        String newPlan = "{\"governmentId\":%d,\"year\":%d,\"title\":\"矩阵计划\"}".formatted(zhoushan, year);
        denied("POST", "/api/v1/plans", newPlan, notOffice);
        expect(ANON, "POST", "/api/v1/plans", newPlan, 403);
        long plan = expect("mx-office", "POST", "/api/v1/plans", newPlan, 201)
                .get("id")
                .asLong();

        String task = "{\"number\":\"%s\",\"content\":\"矩阵任务%s\",\"leadUnits\":[%d]}";
        denied("POST", "/api/v1/plans/" + plan + "/tasks", task.formatted("0", "0", unitA), notOffice);
        long[] tasks = new long[4];
        for (int i = 0; i < 4; i++) {
            tasks[i] = expect("mx-office", "POST", "/api/v1/plans/" + plan + "/tasks", task.formatted(i, i, unitA), 201)
                    .get("id")
                    .asLong();
        }
        String t = "/api/v1/tasks/" + tasks[0];
        for (String path : List.of(
                t + "/form",
                t + "/targets",
                "/api/v1/plans/" + plan + "/ledger.xlsx",
                "/api/v1/governments/" + zhoushan + "/units?q="
                        + java.net.URLEncoder.encode("局", java.nio.charset.StandardCharsets.UTF_8))) {
            denied("GET", path, null, notOffice);
            expect(ANON, "GET", path, null, 401);
            expect("mx-office", "GET", path, null, 200);
            expect("mx-admin", "GET", path, null, 200);
        }
        String edit = "{\"version\":%d,\"number\":\"1\",\"content\":\"矩阵任务(改)\",\"leadUnits\":[%d]}";
        denied("PUT", t, edit.formatted(taskVersion(tasks[0]), unitA), notOffice);
        expect("mx-office", "PUT", t, edit.formatted(taskVersion(tasks[0]), unitA), 200);
        expect("mx-office", "PUT", t, edit.formatted(0, unitB), 409);
        String move = "{\"version\":%d,\"position\":2}";
        denied("POST", t + "/move", move.formatted(taskVersion(tasks[0])), notOffice);
        expect("mx-admin", "POST", t + "/move", move.formatted(taskVersion(tasks[0])), 200);

        String target = "{\"version\":%d,\"metric\":\"新建污水管网\",\"kind\":\"amount\",\"value\":10,\"unit\":\"公里\"}";
        denied("POST", t + "/targets", target.formatted(taskVersion(tasks[0])), notOffice);
        long targetId = expect("mx-office", "POST", t + "/targets", target.formatted(taskVersion(tasks[0])), 201)
                .get("id")
                .asLong();
        String tg = "/api/v1/targets/" + targetId;
        denied("PUT", tg, target.formatted(taskVersion(tasks[0])), notOffice);
        expect("mx-office", "PUT", tg, target.formatted(taskVersion(tasks[0])).replace("10", "12"), 200);
        denied("DELETE", tg + "?version=" + taskVersion(tasks[0]), null, notOffice);
        expect("mx-office", "DELETE", tg + "?version=" + taskVersion(tasks[0]), null, 200);

        String reason = "{\"version\":%d,\"reason\":\"矩阵测试\"}";
        denied("POST", "/api/v1/tasks/" + tasks[1] + "/cancel", reason.formatted(0), notOffice);
        expect("mx-office", "POST", "/api/v1/tasks/" + tasks[1] + "/cancel", reason.formatted(0), 200);
        String merge = "{\"version\":0,\"into\":%d,\"reason\":\"矩阵测试\"}".formatted(tasks[0]);
        denied("POST", "/api/v1/tasks/" + tasks[2] + "/merge", merge, notOffice);
        expect("mx-office", "POST", "/api/v1/tasks/" + tasks[2] + "/merge", merge, 200);
        denied("DELETE", "/api/v1/tasks/" + tasks[3] + "?version=0", null, notOffice);
        expect("mx-office", "DELETE", "/api/v1/tasks/" + tasks[3] + "?version=0", null, 204);

        String unit = "{\"name\":\"矩阵新单位%d\"}".formatted(year);
        denied("POST", "/api/v1/governments/" + zhoushan + "/units", unit, notOffice);
        expect("mx-office", "POST", "/api/v1/governments/" + zhoushan + "/units", unit, 201);
        expect("mx-office", "POST", "/api/v1/governments/" + zhoushan + "/units", unit, 409);

        String token = "/api/v1/plans/" + plan + "/ledger/no-such-token";
        denied("GET", token, null, notOffice);
        expect("mx-office", "GET", token, null, 404);
        denied("POST", token + "/commit", "{\"fingerprint\":\"x\"}", notOffice);
        expect("mx-office", "POST", token + "/commit", "{\"fingerprint\":\"x\"}", 404);

        for (String page : List.of(
                "/plans/new",
                "/plans/" + plan + "/tasks/new",
                "/tasks/" + tasks[0] + "/edit",
                "/plans/" + plan + "/ledger",
                "/plans/" + plan + "/ledger.xlsx")) {
            expect("mx-office", "GET", page, null, 200);
            expect("mx-admin", "GET", page, null, 200);
            for (String u : List.of("mx-leader", "mx-reporter-a", "mx-approver-a")) {
                expect(u, "GET", page, null, 403);
            }
            if (!page.equals("/plans/new")) {
                expect("mx-dinghai", "GET", page, null, 404);
            }
            var response = http.call(ANON, "GET", page, null);
            if (response.statusCode() != 302
                    || !response.headers().firstValue("Location").orElse("").endsWith("/login")) {
                failures.add("anonymous GET " + page + ": " + response.statusCode());
            }
        }
        assertThat(failures).isEmpty();
    }

    /** The import preview as an editor (issue 14): the uploader only, an office or administrator; others 403/404. */
    @Test
    void onlyTheUploaderCorrectsAnUpload() {
        long zhoushan = jdbc.sql("select id from government where name = '舟山市'")
                .query(Long.class)
                .single();
        String token = pending.save(zhoushan, "mx-office", 2022, "zhoushan-2022-q3.txt", TestData.sample());
        String api = "/api/v1/documents/" + token;
        Map<String, Integer> others =
                map("mx-leader", 403, "mx-reporter-a", 403, "mx-approver-a", 403, "mx-dinghai", 404, "mx-admin", 404);
        denied("GET", api, null, others);
        expect(ANON, "GET", api, null, 401);
        expect("mx-office", "GET", api, null, 200);
        String role = "{\"kind\":\"skip\",\"row\":1}";
        denied("POST", api + "/corrections", role, others);
        expect(ANON, "POST", api + "/corrections", role, 403);
        expect("mx-office", "POST", api + "/corrections", role, 200);
        denied("DELETE", api + "/corrections/last", null, others);
        expect("mx-office", "DELETE", api + "/corrections/last", null, 200);
        denied("PUT", api + "/profile", "{\"applied\":false}", others);
        expect("mx-office", "PUT", api + "/profile", "{\"applied\":false}", 200);

        String page = "/import/" + token;
        expect("mx-office", "GET", page, null, 200);
        expect("mx-office", "GET", page + "?weak=true&edit=1", null, 200);
        for (String u : List.of("mx-leader", "mx-reporter-a", "mx-approver-a")) {
            expect(u, "GET", page, null, 403);
        }
        expect("mx-dinghai", "GET", page, null, 404);
        expect("mx-admin", "GET", page, null, 404);
        var response = http.call(ANON, "GET", page, null);
        if (response.statusCode() != 302
                || !response.headers().firstValue("Location").orElse("").endsWith("/login")) {
            failures.add("anonymous GET " + page + ": " + response.statusCode());
        }
        pending.discard(token, "mx-office");
        assertThat(failures).isEmpty();
    }

    /** Periods (issue 18): listed and read in scope; closed and reopened by the plan's office only. */
    @Test
    void everyRoleGetsExactlyWhatItMayDoOnPeriodsTheirJudgementsAndPublications() {
        String periods = "/api/v1/plans/" + data.closingPlan() + "/periods";
        long period = expect(
                        "mx-office",
                        "POST",
                        periods,
                        "{\"label\":\"全年(矩阵关闭%d)\",\"endDate\":\"2012-12-31\",\"dueDate\":\"2013-01-10\",\"expectedShare\":1}"
                                .formatted(System.nanoTime() % 100000),
                        201)
                .get("id")
                .asLong();
        String one = periods + "/" + period;
        List<String> zhoushan = List.of("mx-admin", "mx-office", "mx-leader", "mx-reporter-a", "mx-approver-a");
        Map<String, Integer> others = map("mx-dinghai", 404, "mx-leader-dh", 404);
        for (String path : List.of(periods, one, one + "/judgements", one + "/findings")) {
            zhoushan.forEach(u -> expect(u, "GET", path, null, 200));
            denied("GET", path, null, others);
            expect(ANON, "GET", path, null, 401);
        }

        Map<String, Integer> notOffice = map(
                "mx-reporter-a", 403, "mx-approver-a", 403, "mx-leader", 403, "mx-dinghai", 404, "mx-leader-dh", 404);
        denied("POST", one + "/close", null, notOffice);
        expect(ANON, "POST", one + "/close", null, 403);
        String readOnly = tokens.create(
                        data.acting("mx-office", "OFFICE", "舟山市"),
                        new NewToken("mx-ro-" + System.nanoTime(), 30, false, null))
                .secret();
        if (bearer("POST", one + "/close", readOnly) != 403) {
            failures.add("read-only token closed a period");
        }
        expect("mx-office", "POST", one + "/close", null, 200);
        String reason = "{\"reason\":\"矩阵测试\"}";
        denied("POST", one + "/reopen", reason, notOffice);
        if (bearer("POST", one + "/reopen", readOnly) != 403) {
            failures.add("read-only token reopened a period");
        }
        expect("mx-admin", "POST", one + "/reopen", reason, 200);

        // Publications: a leader approves, the office drafts, publishes and withdraws; other governments see none.
        long plan = data.zhoushanPlan();
        long id = expect(
                        "mx-office",
                        "POST",
                        "/api/v1/publications",
                        "{\"planId\":" + plan + ",\"period\":\"前三季度\"}",
                        201)
                .get("id")
                .asLong();
        String pub = "/api/v1/publications/" + id;
        for (String u : List.of("mx-admin", "mx-office", "mx-leader", "mx-dinghai", "mx-reporter-a")) {
            expect(u, "GET", "/api/v1/publications", null, 200);
        }
        List.of("mx-admin", "mx-office", "mx-leader").forEach(u -> expect(u, "GET", pub, null, 200));
        denied("GET", pub, null, others);
        denied(
                "POST",
                pub + "/approve",
                null,
                map("mx-office", 403, "mx-reporter-a", 403, "mx-approver-a", 403, "mx-leader-dh", 404));
        if (bearer("POST", pub + "/approve", readOnly) != 403) {
            failures.add("read-only token approved a publication");
        }
        expect("mx-leader", "POST", pub + "/approve", null, 200);
        denied(
                "POST",
                pub + "/publish",
                null,
                map("mx-leader", 403, "mx-reporter-a", 403, "mx-approver-a", 403, "mx-dinghai", 404));
        expect(ANON, "POST", pub + "/publish", null, 403);
        expect("mx-office", "POST", pub + "/publish", null, 200);
        String withdrawal = "{\"reason\":\"矩阵测试\"}";
        denied("POST", pub + "/withdraw", withdrawal, map("mx-leader", 403, "mx-reporter-a", 403, "mx-dinghai", 404));
        expect("mx-office", "POST", pub + "/withdraw", withdrawal, 200);

        assertThat(failures).isEmpty();
    }

    private int bearer(String method, String path, String secret) {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + secret)
                .header("Accept", "application/json")
                .method(method, java.net.http.HttpRequest.BodyPublishers.noBody());
        return org.luoshi.support.Http.send(java.net.http.HttpClient.newHttpClient(), request)
                .statusCode();
    }

    private int taskVersion(long task) {
        return jdbc.sql("select version from task where id = :id")
                .param("id", task)
                .query(Integer.class)
                .single();
    }
}
