package org.luoshi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.account.ApiTokens;
import org.luoshi.account.ApiTokens.NewToken;
import org.luoshi.account.LuoshiUser;
import org.luoshi.account.Role;
import org.luoshi.account.ServiceAccounts;
import org.luoshi.support.Http;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class ApiTokenIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Autowired
    TestData data;

    @Autowired
    ApiTokens tokens;

    @Autowired
    ServiceAccounts serviceAccounts;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    long planId;
    LuoshiUser office;

    @BeforeEach
    void plan() {
        planId = data.zhoushanPlan();
        office = data.acting("token-office", "OFFICE", "舟山市");
    }

    @Test
    void aTokenReadsWhatItsOwnerMaySeeAndItsUseIsShownAndAudited() {
        String secret = tokens.create(office, new NewToken("reads-" + System.nanoTime(), 30, false, null))
                .secret();

        var plans = bearer("GET", "/api/v1/plans", secret);

        assertThat(plans.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(plans.body()).findValuesAsString("governmentName"))
                .contains("舟山市");
        assertThat(secret).startsWith("lsk_").hasSizeGreaterThan(40);
        var listed = tokens.of("token-office").stream()
                .filter(t -> secret.startsWith(t.hint()))
                .findFirst()
                .orElseThrow();
        assertThat(listed.lastUsedAt()).isNotNull();
        assertThat(jdbc.sql("select count(*) from api_token where secret_hash like :s")
                        .param("s", "%" + secret.substring(4, 20) + "%")
                        .query(Integer.class)
                        .single())
                .as("the secret itself is not stored")
                .isZero();
        assertThat(audited("token.use", listed.id())).isEqualTo(1);
        assertThat(audited("token.create", listed.id())).isEqualTo(1);
    }

    @Test
    void aRevokedTokenIsRefused() {
        var issued = tokens.create(office, new NewToken("revoked-" + System.nanoTime(), 30, false, null));
        assertThat(bearer("GET", "/api/v1/plans", issued.secret()).statusCode()).isEqualTo(200);

        tokens.revoke(issued.id(), office);
        var after = bearer("GET", "/api/v1/plans", issued.secret());

        assertThat(after.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(after.body()).get("code").asString()).isEqualTo("token.invalid");
        assertThat(after.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(audited("token.revoke", issued.id())).isEqualTo(1);
    }

    @Test
    void anExpiredTokenIsRefused() {
        var issued = tokens.create(office, new NewToken("expired-" + System.nanoTime(), 1, false, null));
        // A day later: the stored expiry moved into the past, as the clock would.
        jdbc.sql("update api_token set expires_at = expires_at - interval '2' day where id = :id")
                .param("id", issued.id())
                .update();

        assertThat(bearer("GET", "/api/v1/plans", issued.secret()).statusCode()).isEqualTo(401);
    }

    @Test
    void aReadOnlyTokenMayNotWriteAndAReadWriteOneMay() {
        String reads = tokens.create(office, new NewToken("ro-" + System.nanoTime(), 30, false, null))
                .secret();
        String writes = tokens.create(office, new NewToken("rw-" + System.nanoTime(), 30, true, null))
                .secret();

        var refused = bearer("POST", "/api/v1/reports/987654321/submit", reads);
        var admitted = bearer("POST", "/api/v1/reports/987654321/submit", writes);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(refused.body()).get("detail_en").asString()).contains("read-only");
        assertThat(admitted.statusCode())
                .as("past the token check: the request itself is wrong (no body)")
                .isEqualTo(400);
        assertThat(JSON.readTree(admitted.body()).get("detail_en").asString()).doesNotContain("token");
    }

    @Test
    void aTokenBoundToAGovernmentSeesNothingElse() {
        LuoshiUser leader = data.acting("token-leader", "LEADER", "浙江省");
        long dinghai = jdbc.sql("select id from government where name = '定海区'")
                .query(Long.class)
                .single();
        String secret = tokens.create(leader, new NewToken("dinghai-" + System.nanoTime(), 30, false, dinghai))
                .secret();

        var plan = bearer("GET", "/api/v1/plans/" + planId, secret);
        var byLogin = Http.as(port, "token-leader").get("/api/v1/plans/" + planId);

        assertThat(byLogin.statusCode()).isEqualTo(200);
        assertThat(plan.statusCode()).isEqualTo(404);
    }

    @Test
    void anUnknownTokenIsRefusedWithAProblemInBothLanguages() {
        var response = bearer("GET", "/api/v1/plans", "lsk_" + "A".repeat(43));

        assertThat(response.statusCode()).isEqualTo(401);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("detail_zh").asString()).contains("令牌");
        assertThat(problem.get("detail_en").asString()).contains("token");
    }

    @Test
    void theAdministratorCreatesAServiceAccountWhoseTokenWorks() {
        LuoshiUser admin = data.acting("token-admin", "ADMIN", null);
        String name = "svc-" + System.nanoTime();
        long zhoushan = office.governmentId();
        serviceAccounts.create(admin, name, "省平台", Role.OFFICE, zhoushan);

        String secret = tokens.createForServiceAccount(admin, name, new NewToken("platform", 90, false, null))
                .secret();

        assertThat(bearer("GET", "/api/v1/plans/" + planId, secret).statusCode())
                .isEqualTo(200);
        assertThat(tokens.ofServiceAccounts(admin))
                .anySatisfy(t -> assertThat(t.username()).isEqualTo(name));
        var login = new PageSession(port, name).get("/plans");
        assertThat(login.statusCode()).as("a service account has no password").isNotEqualTo(200);
    }

    @Test
    void theTokenPageShowsANewSecretOnceAndKeepsWhatWasTypedOnARefusal() {
        data.user("token-page", "OFFICE", "舟山市");
        PageSession page = new PageSession(port, "token-page");
        String csrf = page.csrf("/tokens");

        var created = page.post("/tokens", csrf, Map.of("name", "etl", "days", "30", "writes", "false"));
        var again = page.get("/tokens");
        var refused = page.post("/tokens", csrf, Map.of("name", "etl-2", "days", "9999", "writes", "false"));

        assertThat(created.statusCode()).isEqualTo(200);
        Matcher secret =
                Pattern.compile("id=\"new-token\">(lsk_[A-Za-z0-9_-]+)<").matcher(created.body());
        assertThat(secret.find()).isTrue();
        assertThat(again.body()).doesNotContain(secret.group(1)).contains("etl");
        assertThat(bearer("GET", "/api/v1/plans", secret.group(1)).statusCode()).isEqualTo(200);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("有效期须为1至366天").contains("value=\"etl-2\"");
    }

    private int audited(String action, long tokenId) {
        return jdbc.sql("select count(*) from audit_event where action = :a and entity_id = :id")
                .param("a", action)
                .param("id", String.valueOf(tokenId))
                .query(Integer.class)
                .single();
    }

    private HttpResponse<String> bearer(String method, String path, String secret) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + secret)
                .header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.noBody());
        return Http.send(CLIENT, request);
    }
}
