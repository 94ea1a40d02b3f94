package org.luoshi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 14 deliver 4: upload → preview with a token → corrections → commit over the API. Bad corrections are refused
 * in both languages and store nothing; the commit keeps the upload and the corrections with the imported document
 * and the layout correction in the profile, which the next upload gets.
 */
@IntegrationTest
class DocumentCorrectionApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CSV = """
            2021年县政府工作报告重点工作前三季度完成情况
            序号,工作内容,牵头单位,备注,进展情况
            1,新建改建污水管网10公里。,县住建局,县水利局,已完成8公里。
            2,新增城镇就业2500人。,县人社局,,已新增就业2000人。
            3,完成造林1万亩。,,县财政局,已完成造林0.8万亩。
            """;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    Calls http;
    String office;
    long gov;

    @BeforeEach
    void government() {
        http = new Calls(port);
        if (jdbc.sql("select count(*) from government where name = '校对县'")
                        .query(Integer.class)
                        .single()
                == 0) {
            jdbc.sql("insert into government (code, name, level) values ('719901', '校对县', 'county')")
                    .update();
        }
        gov = jdbc.sql("select id from government where name = '校对县'")
                .query(Long.class)
                .single();
        office = data.user("dc-office", "OFFICE", "校对县");
        data.user("dc-other", "OFFICE", "定海区");
    }

    private JsonNode upload() throws Exception {
        String boundary = "----luoshi" + System.nanoTime();
        var body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"government\"\r\n\r\n校对县\r\n"
                        + "--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"q3.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n" + CSV + "\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8));
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/documents"))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString((office + ":" + TestData.PASSWORD)
                                                                .getBytes(StandardCharsets.UTF_8)))
                                .header("Accept", "application/json")
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body());
    }

    private JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private int kept(String token) {
        return jdbc.sql("select count(*) from pending_correction where token = :t")
                .param("t", token)
                .query(Integer.class)
                .single();
    }

    private JsonNode column(JsonNode preview, String name) {
        for (JsonNode c : preview.get("columns")) {
            if (c.get("name").asString().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no column " + name + " in " + preview.get("columns"));
    }

    private void refused(String path, String body, String zh, String en) {
        var response = http.call(office, "POST", path, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("detail_zh").asString()).contains(zh);
        assertThat(problem.get("detail_en").asString()).contains(en);
    }

    @Test
    void anUploadIsCorrectedAndCommittedAndTheNextOneReadsWithTheProfile() throws Exception {
        String token = upload().get("token").asString();
        String base = "/api/v1/documents/" + token;
        JsonNode preview = ok(http.call(office, "GET", base, null));
        assertThat(preview.get("rows")).hasSize(3);
        // The reader takes the 备注 column of unit names for the co-units.
        assertThat(column(preview, "备注").get("role").asString()).isEqualTo("co");
        assertThat(preview.get("profile").get("applied").asInt()).isZero();

        // 备注 is not the co-units: ignored; row 3's lead unit is typed in.
        ok(http.call(
                office, "POST", base + "/corrections", "{\"kind\":\"role\",\"column\":\"备注\",\"role\":\"ignore\"}"));
        JsonNode after = ok(http.call(
                office,
                "POST",
                base + "/corrections",
                "{\"kind\":\"edit\",\"row\":3,\"column\":\"牵头单位\",\"value\":\"县林业局\"}"));
        assertThat(after.get("corrections")).hasSize(2);
        assertThat(after.get("rows").get(2).get("cells").get(2).asString()).isEqualTo("县林业局");
        assertThat(after.get("rows")
                        .get(2)
                        .get("analysis")
                        .get("targets")
                        .get(0)
                        .asString())
                .isEqualTo("1万亩");

        // Bad corrections: a clear message in both languages, nothing kept.
        refused(base + "/corrections", "{\"kind\":\"merge\",\"row\":99}", "第99行不存在", "Row 99 does not exist");
        refused(base + "/corrections", "{\"kind\":\"merge\",\"row\":1}", "第一行", "first row");
        refused(
                base + "/corrections",
                "{\"kind\":\"role\",\"column\":\"无此列\",\"role\":\"lead\"}",
                "没有名为「无此列」的列",
                "no column named");
        refused(
                base + "/corrections",
                "{\"kind\":\"role\",\"column\":\"工作内容\",\"role\":\"ignore\"}",
                "至少要有一列是工作内容",
                "task text");
        refused(base + "/corrections", "{\"kind\":\"split\",\"row\":1,\"at\":0}", "拆分位置", "split");
        refused(base + "/corrections", "{\"kind\":\"explode\"}", "无法识别的更正", "Unknown correction");
        assertThat(kept(token)).isEqualTo(2);

        // A merge, then taken back.
        ok(http.call(office, "POST", base + "/corrections", "{\"kind\":\"merge\",\"row\":2}"));
        assertThat(ok(http.call(office, "GET", base, null)).get("rows")).hasSize(2);
        assertThat(ok(http.call(office, "DELETE", base + "/corrections/last", null))
                        .get("rows"))
                .hasSize(3);
        assertThat(kept(token)).isEqualTo(2);

        // Another office's user does not see the upload.
        assertThat(http.call("dc-other", "GET", base, null).statusCode()).isEqualTo(404);
        assertThat(http.call("dc-other", "POST", base + "/corrections", "{\"kind\":\"merge\",\"row\":2}")
                        .statusCode())
                .isEqualTo(404);

        JsonNode result = ok(http.call(office, "POST", base + "/commit", null));
        long plan = result.get("planId").asLong();
        assertThat(jdbc.sql("""
                        select u.name from task t join task_unit tu on tu.task_id = t.id join unit u on u.id = tu.unit_id
                        where t.plan_id = :p and t.number = '3' order by u.name""").param("p", plan).query(String.class).list()).containsExactly("县林业局");
        long document = jdbc.sql("select id from imported_document where plan_id = :p")
                .param("p", plan)
                .query(Long.class)
                .single();
        assertThat(jdbc.sql("select content from imported_document where id = :d")
                        .param("d", document)
                        .query(byte[].class)
                        .single())
                .isEqualTo(CSV.getBytes(StandardCharsets.UTF_8));
        assertThat(jdbc.sql("select line from imported_correction where document_id = :d order by seq")
                        .param("d", document)
                        .query(String.class)
                        .list())
                .containsExactly("role\t备注\tignore", "edit\t3\t牵头单位\t县林业局");
        assertThat(jdbc.sql(
                                "select count(*) from audit_event where action = 'plan.import.corrections' and government_id = :g")
                        .param("g", gov)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(http.call(office, "GET", base, null).statusCode()).isEqualTo(404);

        // The next upload of the same government gets the column's role from the profile, and can switch it off.
        String next = upload().get("token").asString();
        JsonNode again = ok(http.call(office, "GET", "/api/v1/documents/" + next, null));
        assertThat(again.get("profile").get("applied").asInt()).isEqualTo(1);
        assertThat(column(again, "备注").get("role").asString()).isEqualTo("ignore");
        JsonNode off = ok(http.call(office, "PUT", "/api/v1/documents/" + next + "/profile", "{\"applied\":false}"));
        assertThat(off.get("profile").get("switchedOff").asBoolean()).isTrue();
        assertThat(column(off, "备注").get("role").asString()).isEqualTo("co");
        http.call(office, "DELETE", "/api/v1/documents/" + next, null);
    }
}
