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
    void fiveFailedLoginsLockTheAccountUntilAnAdministratorUnlocksIt() {
        data.user("lr-locked", "OFFICE", "舟山市");
        data.user("lr-admin", "ADMIN", null);
        Calls http = new Calls(port);
        for (int i = 0; i < 5; i++) {
            assertThat(http.call("lr-locked", "Wrong@pass" + i, "GET", "/api/v1/periods", null)
                            .statusCode())
                    .isEqualTo(401);
        }

        assertThat(http.call("lr-locked", "GET", "/api/v1/periods", null).statusCode())
                .isEqualTo(401);
        assertThat(jdbc.sql("select locked_until from app_user where username = 'lr-locked'")
                        .query(OffsetDateTime.class)
                        .single())
                .isAfter(OffsetDateTime.now());
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'user.lock' and entity_id = 'lr-locked'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        admin.unlock("lr-locked", as("lr-admin"));
        assertThat(http.call("lr-locked", "GET", "/api/v1/periods", null).statusCode())
                .isEqualTo(200);
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
