package org.luoshi.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class AdminPagesIT {

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void theAdministratorSeesGovernmentsAndAGovernmentsUnitsWithTheirTasks() {
        data.zhoushanPlan();
        data.user("ap-admin", "ADMIN", null);
        long zhoushan = jdbc.sql("select id from government where code = '330900'")
                .query(Long.class)
                .single();
        Calls http = new Calls(port);

        var governments = http.call("ap-admin", "GET", "/admin/governments", null);
        assertThat(governments.statusCode()).isEqualTo(200);
        assertThat(governments.body()).contains("政府管理", "330902", "定海区", "舟山市", "name=\"_csrf\"");

        var units = http.call("ap-admin", "GET", "/admin/units?government=" + zhoushan, null);
        assertThat(units.statusCode()).isEqualTo(200);
        assertThat(units.body()).contains("单位管理", "市财政局", "合并单位", "name=\"_csrf\"");
    }

    @Test
    void theOfficeIsRefusedTheAdministrationPages() {
        data.user("ap-office", "OFFICE", "舟山市");
        Calls http = new Calls(port);

        assertThat(http.call("ap-office", "GET", "/admin/governments", null).statusCode())
                .isEqualTo(403);
        assertThat(http.call("ap-office", "GET", "/admin/units?government=1", null)
                        .statusCode())
                .isEqualTo(403);
    }
}
