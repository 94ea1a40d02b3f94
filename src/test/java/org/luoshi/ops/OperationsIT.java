package org.luoshi.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.luoshi.account.ApiTokens;
import org.luoshi.account.ApiTokens.NewToken;
import org.luoshi.plan.PlanImporter;
import org.luoshi.plan.Scope;
import org.luoshi.support.Http;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class OperationsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern IMPORTS = Pattern.compile("(?m)^luoshi_imports_total\\{[^}]*} ([0-9.]+)$");

    @Autowired
    TestData data;

    @Autowired
    PlanImporter importer;

    @Autowired
    ApiTokens tokens;

    @LocalServerPort
    int port;

    @Test
    void prometheusCountsAnImportAndTimesHttpRequests() {
        data.user("ops-admin", "ADMIN", null);
        double before = imports(get("/actuator/prometheus", "ops-admin").body());

        byte[] of2018 = new String(TestData.sample(), StandardCharsets.UTF_8)
                .replace("2022", "2018")
                .getBytes(StandardCharsets.UTF_8);
        importer.commit("zhoushan-2018.txt", of2018, "舟山市", 2018, "test", Scope.everything());
        Http.as(port, "ops-admin").get("/api/v1/plans");
        var scrape = get("/actuator/prometheus", "ops-admin");

        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(imports(scrape.body())).isEqualTo(before + 1);
        assertThat(scrape.body())
                .contains("http_server_requests_seconds_count{")
                .contains("uri=\"/api/v1/plans\"")
                .contains("luoshi_jobs_unfinished")
                .contains("hikaricp_connections_active");
    }

    @Test
    void aScraperUsesAnAdministratorsTokenAndNobodyElseReadsTheMetrics() {
        var admin = data.acting("ops-scraper", "ADMIN", null);
        String secret = tokens.create(admin, new NewToken("prometheus", 30, false, null))
                .secret();
        data.user("ops-office", "OFFICE", null);

        var scraped = Http.send(
                HttpClient.newHttpClient(),
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus"))
                        .header("Authorization", "Bearer " + secret));
        var office = get("/actuator/prometheus", "ops-office");
        var anonymous = get("/actuator/prometheus", null);

        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.body()).contains("jvm_memory_used_bytes");
        assertThat(office.statusCode()).isEqualTo(403);
        assertThat(anonymous.statusCode()).isIn(302, 401);
    }

    @Test
    void probesAnswerWithoutLoginAndTheAdministratorSeesTheDatabaseAndTheDisk() {
        data.user("ops-admin", "ADMIN", null);

        var readiness = get("/actuator/health/readiness", null);
        var liveness = get("/actuator/health/liveness", null);
        var anonymous = JSON.readTree(get("/actuator/health", null).body());
        JsonNode health = JSON.readTree(get("/actuator/health", "ops-admin").body());

        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(readiness.body()).get("status").asString()).isEqualTo("UP");
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(anonymous.has("components")).as("no details for strangers").isFalse();
        assertThat(health.path("components").path("db").path("status").asString())
                .isEqualTo("UP");
        assertThat(health.path("components").path("diskSpace").path("status").asString())
                .isEqualTo("UP");
    }

    @Test
    void everyResponseCarriesARequestIdAndAProxysWellFormedIdIsKept() {
        var fresh = Http.anonymous(port).get("/login");
        var forwarded = Http.send(
                HttpClient.newHttpClient(),
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("X-Request-Id", "haproxy-0123456789"));
        var forged = Http.send(
                HttpClient.newHttpClient(),
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("X-Request-Id", "x\" injected=1"));

        assertThat(fresh.headers().firstValue("X-Request-Id"))
                .hasValueSatisfying(v -> assertThat(v).hasSize(36));
        assertThat(forwarded.headers().firstValue("X-Request-Id")).hasValue("haproxy-0123456789");
        assertThat(forged.headers().firstValue("X-Request-Id"))
                .hasValueSatisfying(v -> assertThat(v).doesNotContain("injected"));
    }

    /** A scraper's or probe's request: no browser Accept header; Basic credentials when a user is named. */
    private java.net.http.HttpResponse<String> get(String path, String username) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (username != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + java.util.Base64.getEncoder()
                                    .encodeToString(
                                            (username + ":" + TestData.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return Http.send(HttpClient.newHttpClient(), request);
    }

    private static double imports(String scrape) {
        Matcher m = IMPORTS.matcher(scrape);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
