package org.luoshi.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.support.Http;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class PlanPagesIT {

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    long planId;
    Http office;

    @BeforeEach
    void plan() {
        planId = data.zhoushanPlan();
        office = Http.as(port, data.user("page-office", "OFFICE", "舟山市"));
    }

    @Test
    void anonymousVisitorsAreSentToLogin() {
        var response = Http.anonymous(port).get("/plans");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void theLoginPageIsChineseAndCarriesACsrfToken() {
        var response = Http.anonymous(port).get("/login");

        assertThat(response.body()).contains("登录").contains("name=\"_csrf\"");
    }

    @Test
    void listsThePlanWithItsTaskCount() {
        var body = office.get("/plans").body();

        assertThat(body).contains("2022年市政府工作报告重点工作").contains("119").contains("前三季度");
    }

    @Test
    void showsThePlansFirstPageOfTasksWithHeaders() {
        var body = office.get("/plans/" + planId).body();

        assertThat(body).contains("序号", "工作内容", "牵头单位", "本期进展");
        assertThat(body).contains("一般公共预算收入增长7%").contains("共 119 项任务,第 1/6 页");
    }

    @Test
    void filtersByUnit() {
        long unit = jdbc.sql("select id from unit where name = '高新区管委会'")
                .query(Long.class)
                .single();

        var body = office.get("/plans/" + planId + "?unit=" + unit).body();

        assertThat(body).contains("发展特色航空服务业").doesNotContain("一般公共预算收入增长7%");
    }

    @Test
    void filtersByKeywordAndKeepsTheFilterInPagingLinks() {
        var body = office.get("/plans/" + planId + "?q=" + Http.encode("项目")).body();

        assertThat(body).contains("q=%E9%A1%B9%E7%9B%AE");
        assertThat(body).doesNotContain("共 119 项任务");
    }

    @Test
    void showsATaskWithItsFullTextAndProgressByPeriod() {
        long task = jdbc.sql("select id from task where plan_id = :p and number = '119'")
                .param("p", planId)
                .query(Long.class)
                .single();

        var body = office.get("/tasks/" + task).body();

        assertThat(body)
                .contains("发展特色航空服务业,建设空港分区保税物流仓储中心。")
                .contains("前三季度")
                .contains("持续跟进保税物流仓储中心建设")
                .contains("高新区管委会");
    }

    @Test
    void anotherGovernmentsTaskIsNotFound() {
        long task = jdbc.sql("select id from task where plan_id = :p order by seq fetch first 1 rows only")
                .param("p", planId)
                .query(Long.class)
                .single();
        var dinghai = Http.as(port, data.user("page-dinghai", "OFFICE", "定海区"));

        var response = dinghai.get("/tasks/" + task);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("任务不存在").doesNotContain("Exception");
        assertThat(response.body()).as("the error page keeps the top bar").contains("class=\"topbar\"");
        var unknown = dinghai.get("/no-such-page");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("class=\"topbar\"").doesNotContain("Whitelabel");
    }

    @Test
    void switchesToEnglish() {
        var body = office.get("/plans/" + planId + "?lang=en").body();

        assertThat(body).contains("Lead unit").contains("119 tasks, page 1 of 6");
    }

    @Test
    void escapesTextFromDocuments() {
        var body =
                office.get("/plans/" + planId + "?q=" + Http.encode("<script>")).body();

        assertThat(body).doesNotContain("<script>").contains("&lt;script&gt;");
    }
}
