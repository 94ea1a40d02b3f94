package org.luoshi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.account.ApiTokens;
import org.luoshi.account.ApiTokens.NewToken;
import org.luoshi.account.LuoshiUser;
import org.luoshi.support.Http;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The bulk export, units, ETags and the two-step document import, called with a token as a client would. */
@IntegrationTest
class BulkApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Autowired
    TestData data;

    @Autowired
    ApiTokens tokens;

    @LocalServerPort
    int port;

    long planId;
    String reads;
    String writes;

    @BeforeEach
    void tokens() {
        planId = data.zhoushanPlan();
        LuoshiUser office = data.acting("bulk-office", "OFFICE", "舟山市");
        reads = tokens.create(office, new NewToken("bulk-r-" + System.nanoTime(), 1, false, null))
                .secret();
        writes = tokens.create(office, new NewToken("bulk-w-" + System.nanoTime(), 1, true, null))
                .secret();
    }

    @Test
    void aPlanAndItsPeriodComeAsCanonicalJsonOrCsv() {
        var json = get("/api/v1/plans/" + planId + "/export?period=" + Http.encode("前三季度"), reads, null);
        var csv = get("/api/v1/plans/" + planId + "/export?format=csv", reads, null);
        var missing = get("/api/v1/plans/" + planId + "/export?period=" + Http.encode("第九季度"), reads, null);

        assertThat(json.statusCode()).isEqualTo(200);
        JsonNode document = JSON.readTree(json.body());
        assertThat(document.path("tasks").size()).isEqualTo(119);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("\uFEFFnumber,group,content,lead_units,co_units,progress,status,reason");
        assertThat(lines).hasSize(120);
        assertThat(missing.statusCode()).isEqualTo(404);
    }

    @Test
    void anUnchangedReadAnswers304ToItsETag() {
        var first = get("/api/v1/plans/" + planId, reads, null);
        String etag = first.headers().firstValue("ETag").orElseThrow();

        var again = get("/api/v1/plans/" + planId, reads, etag);
        var other = get("/api/v1/plans/" + planId, reads, "\"0000\"");

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(other.statusCode()).isEqualTo(200);
    }

    @Test
    void unitsAreListedWithinTheCallersScope() {
        var units = get("/api/v1/units", reads, null);

        assertThat(units.statusCode()).isEqualTo(200);
        JsonNode list = JSON.readTree(units.body());
        assertThat(list.size()).isGreaterThan(10);
        assertThat(list.findValuesAsString("governmentName")).containsOnly("舟山市");
        long id = list.get(0).get("id").asLong();
        assertThat(get("/api/v1/units/" + id, reads, null).statusCode()).isEqualTo(200);
    }

    @Test
    void aDocumentIsPreviewedThenCommittedAndAReadOnlyTokenMayDoNeither() {
        byte[] of2017 = new String(TestData.sample(), StandardCharsets.UTF_8)
                .replace("2022", "2017")
                .getBytes(StandardCharsets.UTF_8);

        var refused = upload(reads, of2017);
        var preview = upload(writes, of2017);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(preview.statusCode()).isEqualTo(201);
        JsonNode body = JSON.readTree(preview.body());
        assertThat(body.get("year").asInt()).isEqualTo(2017);
        assertThat(body.get("tasks").asInt()).isEqualTo(119);
        assertThat(body.get("existingPlanId").isNull()).isTrue();
        String token = body.get("token").asString();

        var committed = send("POST", "/api/v1/documents/" + token + "/commit", writes);
        var twice = send("POST", "/api/v1/documents/" + token + "/commit", writes);

        assertThat(committed.statusCode()).isEqualTo(200);
        long plan = JSON.readTree(committed.body()).get("planId").asLong();
        assertThat(get("/api/v1/plans/" + plan, reads, null).statusCode()).isEqualTo(200);
        assertThat(twice.statusCode()).as("the token is used up").isEqualTo(404);
    }

    private HttpResponse<String> upload(String token, byte[] content) {
        String boundary = "----bulk" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"government\"\r\n\r\n舟山市\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"zs-2017.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return Http.send(
                CLIENT,
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/documents"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private HttpResponse<String> send(String method, String path, String token) {
        return Http.send(
                CLIENT,
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", "Bearer " + token)
                        .method(method, HttpRequest.BodyPublishers.noBody()));
    }

    private HttpResponse<String> get(String path, String token, String ifNoneMatch) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json, text/csv");
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return Http.send(CLIENT, request);
    }
}
