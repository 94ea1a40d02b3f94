package org.luoshi.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.luoshi.account.LuoshiUser;
import org.luoshi.progress.PeriodForm;
import org.luoshi.progress.Reporting;
import org.luoshi.support.Browser;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The reporting cycle in Debian's Chromium; screenshots go to target/screenshots. */
@IntegrationTest
class ReportingBrowserIT {

    @RegisterExtension
    static final Browser browser = Browser.perClass();

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Reporting reporting;

    @Autowired
    UserDetailsService users;

    @LocalServerPort
    int port;

    private Page open(String user, long report) {
        Page page = browser.loggedIn(port, user);
        page.navigate("http://localhost:" + port + "/reporting/reports/" + report);
        return page;
    }

    private static void click(Page page, String name) {
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(name).setExact(true))
                .click();
    }

    @Test
    void aReportIsFilledInApprovedReturnedResubmittedAndAccepted() {
        long planId = data.reportingPlan();
        long unit = data.leadUnit(planId, "82");
        data.user("br-office", "OFFICE", "舟山市");
        data.unitUser("br-reporter", "REPORTER", "舟山市", unit);
        data.unitUser("br-approver", "APPROVER", "舟山市", unit);
        long period = reporting.openPeriod(
                planId,
                new PeriodForm("全年(浏览器)", LocalDate.of(2022, 12, 31), LocalDate.of(2023, 1, 10), BigDecimal.ONE),
                (LuoshiUser) users.loadUserByUsername("br-office"));
        long report = jdbc.sql("select id from progress_report where period_id = :p and task_id = :t and unit_id = :u")
                .param("p", period)
                .param("t", data.task(planId, "82"))
                .param("u", unit)
                .query(Long.class)
                .single();

        // The reporter types; the figures and the proposed status follow as they type (htmx).
        Page reporter = open("br-reporter", report);
        assertThat(reporter.getByLabel("进展情况")).not().isEmpty();
        reporter.getByLabel("进展情况").fill("今年新建改建污水管网13.5公里,完成投资1.2亿元。");
        assertThat(reporter.locator("#figures")).containsText("13.5公里");
        assertThat(reporter.locator("#proposed-status")).hasText("已完成");
        Browser.screenshot(reporter, "report-1-filled-in");
        click(reporter, "报送");
        assertThat(reporter.locator("#state")).hasText("已报送");
        reporter.context().close();

        Page approver = open("br-approver", report);
        click(approver, "审核通过");
        assertThat(approver.locator("#state")).hasText("单位已审核");
        approver.context().close();

        Page office = open("br-office", report);
        office.getByLabel("退回原因").fill("请补充雨污分流改造进度");
        click(office, "退回");
        assertThat(office.locator("#state")).hasText("已退回");
        Browser.screenshot(office, "report-2-returned");
        office.context().close();

        reporter = open("br-reporter", report);
        assertThat(reporter.locator("#return-reason")).containsText("请补充雨污分流改造进度");
        reporter.getByLabel("进展情况").fill("今年新建改建污水管网13公里,完成投资1.2亿元,雨污分流改造完成80%。");
        click(reporter, "报送");
        assertThat(reporter.locator("#state")).hasText("已报送");
        reporter.context().close();

        approver = open("br-approver", report);
        click(approver, "审核通过");
        approver.context().close();

        office = open("br-office", report);
        click(office, "采纳");
        assertThat(office.locator("#state")).hasText("已采纳");
        assertThat(office.locator("ol.history li")).hasCount(6);
        assertThat(office.locator("ol.history")).containsText("退回");
        assertThat(office.locator("ol.history")).containsText("采纳");
        Browser.screenshot(office, "report-3-accepted");

        office.navigate("http://localhost:" + port + "/reporting/periods/" + period + "?state=accepted");
        assertThat(office.locator("tr[data-report='" + report + "']")).containsText("已采纳");
        String judged = jdbc.sql(
                        "select coalesce(override_status, status) from judgement where task_id = :t and period_id = :p")
                .param("t", data.task(planId, "82"))
                .param("p", period)
                .query(String.class)
                .single();
        assertThat(office.locator("tr[data-report='" + report + "'] .judged")).hasAttribute("data-status", judged);
        Browser.screenshot(office, "report-4-work-list");
        office.context().close();

        List<String> actions = jdbc.sql(
                        "select action from audit_event where entity_id = :id and entity = 'progress_report' order by id")
                .param("id", Long.toString(report))
                .query(String.class)
                .list();
        org.assertj.core.api.Assertions.assertThat(actions)
                .containsExactly(
                        "report.submit",
                        "report.approve",
                        "report.return",
                        "report.submit",
                        "report.approve",
                        "report.accept");
    }
}
