package org.luoshi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.luoshi.account.LuoshiUser;
import org.luoshi.plan.GovernmentAdmin;
import org.luoshi.plan.GovernmentAdmin.NewGovernment;
import org.luoshi.progress.PeriodForm;
import org.luoshi.progress.Reporting;
import org.luoshi.support.Http;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Every signed-in page has the shell (side navigation) and a breadcrumb; empty lists say what to do. */
@IntegrationTest
class ShellPagesIT {

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Reporting reporting;

    @Autowired
    GovernmentAdmin governments;

    @Autowired
    UserDetailsService users;

    @LocalServerPort
    int port;

    @Test
    void everySignedInPageHasTheSideNavigationAndABreadcrumb() {
        long planId = data.zhoushanPlan();
        long task = data.task(planId, "82");
        Http admin = Http.as(port, data.user("shell-admin", "ADMIN", null));
        List<String> missing = new ArrayList<>();
        for (String path : List.of(
                "/plans",
                "/plans/" + planId,
                "/tasks/" + task,
                "/plans/" + planId + "/dashboard",
                "/import",
                "/reporting",
                "/publications",
                "/admin/audit",
                "/admin/users",
                "/admin/governments",
                "/admin/units",
                "/password")) {
            var response = admin.get(path);
            String body = response.body();
            if (response.statusCode() != 200
                    || !body.contains("id=\"side-nav\"")
                    || !body.contains("class=\"crumbs\"")
                    || !body.contains("aria-current=")) {
                missing.add(path + " (" + response.statusCode() + ")");
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theSideNavigationIsInEnglishToo() {
        Http office = Http.as(port, data.user("shell-office-en", "OFFICE", "舟山市"));

        String body = office.get("/plans?lang=en").body();

        assertThat(body).contains("Plans and tasks", "Progress reporting", "Background jobs", "Menu");
    }

    @Test
    void emptyListsSayWhatToDo() {
        long planId = data.zhoushanPlan();
        Http office = Http.as(port, data.user("shell-office", "OFFICE", "舟山市"));

        assertThat(office.get("/plans/" + planId + "?q=" + Http.encode("没有这样的任务xyz"))
                        .body())
                .contains("没有符合条件的任务。请换一个关键词或单位");
        assertThat(office.get("/admin/audit?action=" + Http.encode("no.such.action"))
                        .body())
                .contains("没有符合条件的日志记录")
                .doesNotContain("<table class=\"grid\"");

        long reportingPlan = data.reportingPlan();
        long period = reporting.openPeriod(
                reportingPlan,
                new PeriodForm("全年(空)", LocalDate.of(2022, 12, 31), LocalDate.of(2023, 1, 10), BigDecimal.ONE),
                (LuoshiUser) users.loadUserByUsername("shell-office"));
        assertThat(office.get("/reporting/periods/" + period + "?state=accepted")
                        .body())
                .contains("没有符合条件的报告。请放宽筛选条件再试。")
                .doesNotContain("批量采纳所选");

        // A government of its own, with nothing in it yet (a fresh code each run, as UnitAdminIT does).
        String code = "8" + String.format("%011d", System.nanoTime() % 100_000_000_000L);
        long city = jdbc.sql("select id from government where code = '330900'")
                .query(Long.class)
                .single();
        governments.create(new NewGovernment(code, "空县" + code, "county", city), "test");
        Http empty = Http.as(port, data.user("shell-empty-" + code, "LEADER", "空县" + code));
        assertThat(empty.get("/publications").body()).contains("还没有发布稿。督查室起草后会显示在这里。");
        assertThat(empty.get("/plans").body()).contains("还没有计划。");
    }
}
