package org.luoshi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.account.ApiTokens;
import org.luoshi.account.ApiTokens.NewToken;
import org.luoshi.support.Http;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Publications over the API: listed and read in scope, each read saying what the caller may do, the workflow's roles. */
@IntegrationTest
class PublicationApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    TestData data;

    @Autowired
    ApiTokens tokens;

    @LocalServerPort
    int port;

    Calls http;
    long plan;

    @BeforeEach
    void users() {
        http = new Calls(port);
        plan = data.zhoushanPlan();
        data.user("pu-office", "OFFICE", "舟山市");
        data.user("pu-leader", "LEADER", "舟山市");
        data.user("pu-dinghai", "OFFICE", "定海区");
        data.user("pu-leader-dh", "LEADER", "定海区");
    }

    private JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static List<String> actions(JsonNode publication) {
        List<String> list = new ArrayList<>();
        publication.get("actions").forEach(a -> list.add(a.asString()));
        return list;
    }

    private long draft() {
        var drafted =
                http.call("pu-office", "POST", "/api/v1/publications", "{\"planId\":" + plan + ",\"period\":\"前三季度\"}");
        assertThat(drafted.statusCode()).isEqualTo(201);
        return json(drafted).get("id").asLong();
    }

    @Test
    void eachReadSaysWhatTheCallerMayDoAsThePublicationMovesOn() {
        long id = draft();
        String path = "/api/v1/publications/" + id;

        JsonNode asOffice = json(http.call("pu-office", "GET", path, null));
        assertThat(asOffice.get("status").asString()).isEqualTo("draft");
        assertThat(actions(asOffice)).containsExactly("edit");
        assertThat(asOffice.get("rows").size()).isPositive();
        assertThat(actions(json(http.call("pu-leader", "GET", path, null)))).containsExactly("approve");

        var withheld = http.call("pu-office", "PUT", path + "/tasks/1/withheld", "{\"withheld\":true}");
        assertThat(withheld.statusCode()).isEqualTo(200);
        assertThat(json(withheld).get("rows").get(0).get("withheld").asBoolean())
                .isTrue();
        assertThat(http.call("pu-leader", "PUT", path + "/tasks/1/withheld", "{\"withheld\":false}")
                        .statusCode())
                .isEqualTo(403);

        assertThat(http.call("pu-leader", "POST", path + "/approve", null).statusCode())
                .isEqualTo(200);
        assertThat(actions(json(http.call("pu-office", "GET", path, null)))).containsExactly("publish");
        assertThat(http.call("pu-office", "PUT", path + "/tasks/1/withheld", "{\"withheld\":false}")
                        .statusCode())
                .as("an approved publication is no longer edited")
                .isEqualTo(409);

        JsonNode published = json(http.call("pu-office", "POST", path + "/publish", null));
        assertThat(published.get("status").asString()).isEqualTo("published");
        assertThat(published.get("indexNumber").asString()).isNotBlank();
        assertThat(actions(published)).containsExactly("withdraw");

        var noReason = http.call("pu-office", "POST", path + "/withdraw", "{\"reason\":\"\"}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(json(noReason).get("detail_zh").asString()).contains("撤回理由");
        assertThat(json(http.call("pu-office", "GET", path, null)).get("status").asString())
                .isEqualTo("published");
        var withdrawn = http.call("pu-office", "POST", path + "/withdraw", "{\"reason\":\"数据有误\"}");
        assertThat(json(withdrawn).get("status").asString()).isEqualTo("withdrawn");
        assertThat(actions(json(withdrawn))).isEmpty();
    }

    @Test
    void anotherGovernmentNeitherListsNorReadsNorMovesIt() {
        long id = draft();
        String path = "/api/v1/publications/" + id;

        assertThat(json(http.call("pu-office", "GET", "/api/v1/publications", null))
                        .findValuesAsString("title"))
                .isNotEmpty();
        List<Long> listed = new ArrayList<>();
        json(http.call("pu-dinghai", "GET", "/api/v1/publications", null))
                .forEach(p -> listed.add(p.get("id").asLong()));
        assertThat(listed).doesNotContain(id);
        assertThat(http.call("pu-dinghai", "GET", path, null).statusCode()).isEqualTo(404);
        assertThat(http.call("pu-leader-dh", "POST", path + "/approve", null).statusCode())
                .isEqualTo(404);
        assertThat(http.call("pu-dinghai", "PUT", path + "/tasks/1/withheld", "{\"withheld\":true}")
                        .statusCode())
                .isEqualTo(404);
        assertThat(json(http.call("pu-office", "GET", path, null)).get("status").asString())
                .isEqualTo("draft");
    }

    @Test
    void aReadOnlyTokenReadsButMayNotApprove() {
        long id = draft();
        var leader = data.acting("pu-leader", "LEADER", "舟山市");
        String reads = tokens.create(leader, new NewToken("pu-ro-" + System.nanoTime(), 30, false, null))
                .secret();

        assertThat(bearer("GET", "/api/v1/publications/" + id, reads).statusCode())
                .isEqualTo(200);
        var refused = bearer("POST", "/api/v1/publications/" + id + "/approve", reads);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json(refused).get("detail_en").asString()).contains("read-only");
        assertThat(json(http.call("pu-office", "GET", "/api/v1/publications/" + id, null))
                        .get("status")
                        .asString())
                .isEqualTo("draft");
    }

    private HttpResponse<String> bearer(String method, String path, String secret) {
        return Http.send(
                HttpClient.newHttpClient(),
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", "Bearer " + secret)
                        .header("Accept", "application/json")
                        .method(method, HttpRequest.BodyPublishers.noBody()));
    }
}
