package org.luoshi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.luoshi.account.LuoshiUser;
import org.luoshi.account.Passwords;
import org.luoshi.account.Role;
import org.luoshi.account.UserAdmin;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class LoginRulesIT {

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAdmin admin;

    @Autowired
    Passwords passwords;

    @Autowired
    UserDetailsService users;

    @LocalServerPort
    int port;

    private LuoshiUser as(String username) {
        return (LuoshiUser) users.loadUserByUsername(username);
    }

    @Test
    void failedLoginsDelayTheAccountButNeverLockOutItsOwnersKnownBrowser() throws Exception {
        data.user("lr-locked", "OFFICE", "舟山市");
        data.user("lr-admin", "ADMIN", null);
        // The owner logged in with the form once before: that browser is known.
        var owner = new Browser(port);
        assertThat(owner.login("lr-locked", TestData.PASSWORD).statusCode()).isEqualTo(302);
        assertThat(owner.cookie(KNOWN_DEVICE)).isNotNull();
        Calls http = new Calls(port);

        for (int i = 0; i < 5; i++) {
            assertThat(http.call("lr-locked", "Wrong@pass" + i, "GET", "/api/v1/periods", null)
                            .statusCode())
                    .isEqualTo(401);
        }

        // From elsewhere even the right password must wait (429, Retry-After), and the wait is not a lock.
        var held = http.call("lr-locked", "GET", "/api/v1/periods", null);
        assertThat(held.statusCode()).isEqualTo(429);
        assertThat(held.headers().firstValue("Retry-After")).isPresent();
        assertThat(held.body()).contains("detail_zh").contains("秒后再试");
        var heldForm = new Browser(port).login("lr-locked", TestData.PASSWORD);
        assertThat(location(heldForm)).contains("/login?wait=");
        // The owner's known browser is let in at once.
        assertThat(location(owner.login("lr-locked", TestData.PASSWORD))).doesNotContain("/login");
        assertThat(jdbc.sql(
                                "select count(*) from audit_event where action = 'user.throttle' and entity_id = 'lr-locked'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql(
                                "select count(*) from notification where username = 'lr-admin' and kind = 'login' and message like '%lr-locked%'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        // The owner's success ended the run of failures: the password is enough again from anywhere.
        assertThat(http.call("lr-locked", "GET", "/api/v1/periods", null).statusCode())
                .isEqualTo(200);
    }

    @Test
    void onceTheWaitIsOverThePasswordIsEnoughAgain() {
        data.user("lr-patient", "OFFICE", "舟山市");
        Calls http = new Calls(port);
        for (int i = 0; i < 5; i++) {
            http.call("lr-patient", "Wrong@pass" + i, "GET", "/api/v1/periods", null);
        }
        assertThat(http.call("lr-patient", "GET", "/api/v1/periods", null).statusCode())
                .isEqualTo(429);

        // The wait's end moved into the past stands for the time passing.
        jdbc.sql("update login_throttle set blocked_until = :past where throttle_key = 'lr-patient'")
                .param("past", OffsetDateTime.now().minusSeconds(1))
                .update();

        assertThat(http.call("lr-patient", "GET", "/api/v1/periods", null).statusCode())
                .isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from login_throttle where throttle_key = 'lr-patient'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    private static String location(java.net.http.HttpResponse<?> response) {
        return response.headers()
                .firstValue("Location")
                .orElseThrow(() -> new AssertionError("no redirect: " + response.statusCode()));
    }

    @Test
    void anAdministratorCanEndTheWaitAtOnce() {
        data.user("lr-waiting", "OFFICE", "舟山市");
        data.user("lr-admin", "ADMIN", null);
        Calls http = new Calls(port);
        for (int i = 0; i < 5; i++) {
            http.call("lr-waiting", "Wrong@pass" + i, "GET", "/api/v1/periods", null);
        }
        assertThat(http.call("lr-waiting", "GET", "/api/v1/periods", null).statusCode())
                .isEqualTo(429);

        admin.unlock("lr-waiting", as("lr-admin"));

        assertThat(http.call("lr-waiting", "GET", "/api/v1/periods", null).statusCode())
                .isEqualTo(200);
    }

    @Test
    void aForgedOrAnotherAccountsDeviceCookieIsNotKnown() throws Exception {
        data.user("lr-forged", "OFFICE", "舟山市");
        Calls http = new Calls(port);
        for (int i = 0; i < 5; i++) {
            http.call("lr-forged", "Wrong@pass" + i, "GET", "/api/v1/periods", null);
        }
        var someoneElse = new Browser(port);
        data.user("lr-other", "OFFICE", "舟山市");
        someoneElse.login("lr-other", TestData.PASSWORD);
        String otherCookie = someoneElse.cookie(KNOWN_DEVICE);
        String forged = java.util.Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString("lr-forged".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                + "." + (System.currentTimeMillis() / 1000) + ".AAAA";

        for (String cookie : java.util.List.of(otherCookie, forged)) {
            var b = new Browser(port);
            b.setCookie(KNOWN_DEVICE, cookie);
            assertThat(location(b.login("lr-forged", TestData.PASSWORD))).contains("/login?wait=");
        }
    }

    @Test
    void changingThePasswordEndsEverySessionOfTheUser() throws Exception {
        data.user("lr-sessions", "OFFICE", "舟山市");
        var laptop = new Browser(port);
        var phone = new Browser(port);
        laptop.login("lr-sessions", TestData.PASSWORD);
        phone.login("lr-sessions", TestData.PASSWORD);
        assertThat(phone.get("/plans").statusCode()).isEqualTo(200);

        passwords.change(as("lr-sessions"), TestData.PASSWORD, "New@pass123", "New@pass123");

        assertThat(location(phone.get("/plans"))).contains("/login");
        assertThat(location(laptop.get("/plans"))).contains("/login");
        passwords.change(as("lr-sessions"), "New@pass123", TestData.PASSWORD, TestData.PASSWORD);
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndHttpOnly() throws Exception {
        data.user("lr-cookie", "OFFICE", "舟山市");
        var b = new Browser(port);
        var response = b.login("lr-cookie", TestData.PASSWORD);

        var cookies = response.headers().allValues("Set-Cookie");
        assertThat(cookies)
                .anySatisfy(c -> assertThat(c)
                        .startsWith("SESSION=")
                        .contains("SameSite=Lax")
                        .contains("HttpOnly"));
        assertThat(cookies)
                .anySatisfy(c -> assertThat(c).startsWith(KNOWN_DEVICE + "=").contains("SameSite=Lax"));
        // Served over plain HTTP here: Secure is set only over HTTPS (request.isSecure(), behind a proxy too).
        assertThat(cookies).noneSatisfy(c -> assertThat(c).contains("Secure"));
    }

    private static final String KNOWN_DEVICE = "luoshi-device";

    /** A browser without HTTP Basic: the login form, its cookies kept. */
    static final class Browser {
        private final java.net.CookieManager cookies = new java.net.CookieManager();
        private final java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER)
                .build();
        private final String base;

        Browser(int port) {
            this.base = "http://localhost:" + port;
        }

        java.net.http.HttpResponse<String> get(String path) {
            return org.luoshi.support.Http.send(
                    client,
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path))
                            .header("Accept", "text/html"));
        }

        java.net.http.HttpResponse<String> login(String username, String password) {
            var page = get("/login").body();
            var m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                    .matcher(page);
            if (!m.find()) {
                throw new IllegalStateException("no CSRF token on the login page");
            }
            String form = "username=" + org.luoshi.support.Http.encode(username) + "&password="
                    + org.luoshi.support.Http.encode(password) + "&_csrf=" + org.luoshi.support.Http.encode(m.group(1));
            return org.luoshi.support.Http.send(
                    client,
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)));
        }

        String cookie(String name) {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals(name))
                    .map(java.net.HttpCookie::getValue)
                    .findFirst()
                    .orElse(null);
        }

        void setCookie(String name, String value) {
            var c = new java.net.HttpCookie(name, value);
            c.setPath("/");
            c.setVersion(0);
            cookies.getCookieStore().add(java.net.URI.create(base), c);
        }
    }

    @Test
    void aNewUserMustChangeTheInitialPasswordBeforeAnythingElse() {
        long planId = data.reportingPlan();
        data.user("lr-admin", "ADMIN", null);
        long government = jdbc.sql("select id from government where name = '舟山市'")
                .query(Long.class)
                .single();
        admin.create(
                new UserAdmin.NewUser(
                        "lr-new", "新填报员", Role.REPORTER, government, data.leadUnit(planId, "82"), TestData.PASSWORD),
                as("lr-admin"));
        Calls http = new Calls(port);

        var page = http.call("lr-new", "GET", "/reporting", null);
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/password"));
        assertThat(http.call("lr-new", "GET", "/api/v1/periods", null).statusCode())
                .isEqualTo(403);
        assertThat(http.call("lr-new", "GET", "/password", null).statusCode()).isEqualTo(200);

        passwords.change(as("lr-new"), TestData.PASSWORD, "Changed#Pass77", "Changed#Pass77");

        assertThat(http.call("lr-new", "Changed#Pass77", "GET", "/api/v1/periods", null)
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void eachLoginRemembersThePreviousOneForTheHeader() {
        data.user("lr-leader", "LEADER", "浙江省");
        Calls http = new Calls(port);
        http.call("lr-leader", "GET", "/api/v1/periods", null);
        http.call("lr-leader", "GET", "/api/v1/periods", null);

        assertThat(as("lr-leader").previousLogin()).isNotNull();
        assertThat(http.call("lr-leader", "GET", "/reporting", null).body()).contains("上次登录");
    }
}
