package org.luoshi.web.publication;

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

/** The office's pages, downloads and API over real HTTP, with each role's rights. */
@IntegrationTest
class PublicationPagesIT {

    @Autowired
    TestData data;

    @LocalServerPort
    int port;

    long plan;
    String office;
    String leader;

    @BeforeEach
    void users() {
        plan = data.zhoushanPlan();
        office = data.user("pub-office", "OFFICE", "舟山市");
        leader = data.user("pub-leader", "LEADER", "舟山市");
    }

    @Test
    void theOfficeDownloadsTheCompiledReportInEachFormat() {
        var docx = Http.as(port, office).get("/reports/" + plan + "/report.docx?period=" + Http.encode("前三季度"));
        var csv = Http.as(port, office).get("/reports/" + plan + "/report.csv");

        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(docx.headers().firstValue("Content-Type"))
                .hasValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(docx.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains(".docx"));
        assertThat(csv.body()).startsWith("\uFEFF\"序号\"");
    }

    @Test
    void anotherGovernmentCannotCompileThePlan() {
        var dinghai = Http.as(port, data.user("pub-dinghai", "OFFICE", "定海区"));

        assertThat(dinghai.get("/reports/" + plan + "/report.pdf").statusCode()).isEqualTo(404);
    }

    @Test
    void theOfficeDraftsALeaderApprovesTheOfficePublishes() throws Exception {
        var drafted = send(office, "POST", "/api/v1/publications", "{\"planId\":" + plan + ",\"period\":\"前三季度\"}");
        assertThat(drafted.statusCode()).isEqualTo(201);
        String id = drafted.body().replaceAll("(?s)^\\{\"id\":(\\d+),.*", "$1");

        assertThat(send(office, "POST", "/api/v1/publications/" + id + "/approve", "")
                        .statusCode())
                .isEqualTo(403);
        assertThat(send(leader, "POST", "/api/v1/publications/" + id + "/publish", "")
                        .statusCode())
                .isEqualTo(403);
        assertThat(send(leader, "POST", "/api/v1/publications/" + id + "/approve", "")
                        .statusCode())
                .isEqualTo(200);
        var published = send(office, "POST", "/api/v1/publications/" + id + "/publish", "");

        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(published.body())
                .contains("\"status\":\"published\"")
                .containsPattern("\"indexNumber\":\"[^\"]+/\\d{4}-\\d+\"");
        String page = Http.as(port, office).get("/publications/" + id).body();
        assertThat(page).contains("已发布").contains("/portal/articles/" + id);
        assertThat(Http.as(port, office).get("/publications").body()).contains("/publications/" + id + "\"");
    }

    @Test
    void aRefusedStepIsAProblemInBothLanguages() throws Exception {
        var drafted = send(office, "POST", "/api/v1/publications", "{\"planId\":" + plan + "}");
        String id = drafted.body().replaceAll("(?s)^\\{\"id\":(\\d+),.*", "$1");

        var refused = send(office, "POST", "/api/v1/publications/" + id + "/publish", "");

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("\"detail_zh\":\"只能发布已审核的信息\"").contains("detail_en");
    }

    @Test
    void anonymousVisitorsCannotSeeTheOfficePages() {
        assertThat(Http.anonymous(port).get("/publications").statusCode()).isEqualTo(302);
    }

    private HttpResponse<String> send(String user, String method, String path, String json) throws Exception {
        String token =
                Base64.getEncoder().encodeToString((user + ":" + TestData.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json.isEmpty() ? "{}" : json))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
