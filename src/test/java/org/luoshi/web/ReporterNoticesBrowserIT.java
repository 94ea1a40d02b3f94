package org.luoshi.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.luoshi.progress.PeriodForm;
import org.luoshi.progress.ProgressReport;
import org.luoshi.progress.Reporting;
import org.luoshi.support.Browser;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 15 item 7: a report returned with a reason, and a report accepted, tell its reporter; the office sees which
 * lead units have no reporter account and so hear no reminder.
 */
@IntegrationTest
class ReporterNoticesBrowserIT {

    @RegisterExtension
    static final Browser browser = Browser.perClass();

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Reporting reporting;

    @LocalServerPort
    int port;

    /** The reporter's notifications, read again until the asynchronous notice arrived (at most ~10 s). */
    private Locator notices(Page page, String expected) {
        Locator list = page.locator("section.notifications");
        for (int i = 0; i < 20; i++) {
            page.navigate("http://localhost:" + port + "/reporting");
            if (list.count() > 0 && list.textContent().contains(expected)) {
                break;
            }
            page.waitForTimeout(500);
        }
        return list;
    }

    @Test
    void theReporterHearsOfAReturnWithItsReasonAndOfAnAcceptance() {
        long planId = data.reportingPlan();
        long unit = data.leadUnit(planId, "82");
        data.user("rn-office", "OFFICE", "舟山市");
        data.unitUser("rn-reporter", "REPORTER", "舟山市", unit);
        data.unitUser("rn-approver", "APPROVER", "舟山市", unit);
        long period = reporting.openPeriod(
                planId,
                new PeriodForm(
                        "通知-" + System.nanoTime() % 1_000_000,
                        LocalDate.of(2020, 12, 31),
                        LocalDate.of(2021, 1, 10),
                        BigDecimal.ONE),
                data.as("rn-office"));
        long id = jdbc.sql("select id from progress_report where period_id = :p and task_id = :t and unit_id = :u")
                .param("p", period)
                .param("t", data.task(planId, "82"))
                .param("u", unit)
                .query(Long.class)
                .single();
        ProgressReport r = reporting.readable(id, data.as("rn-reporter"));
        r = reporting.submit(id, r.version(), "新建改建污水管网8公里。", "", data.as("rn-reporter"));
        r = approveIfAsked(id, r);
        reporting.returnForRework(id, r.version(), "请补充雨污分流改造进度(通知测试)", data.as("rn-office"));

        Page reporter = browser.loggedIn(port, "rn-reporter");
        Locator list = notices(reporter, "通知测试");
        assertThat(list).containsText("已退回");
        assertThat(list).containsText("请补充雨污分流改造进度(通知测试)");

        r = reporting.readable(id, data.as("rn-reporter"));
        r = reporting.submit(id, r.version(), "新建改建污水管网10公里,雨污分流改造完成。", "", data.as("rn-reporter"));
        r = approveIfAsked(id, r);
        reporting.accept(id, r.version(), data.as("rn-office"));
        list = notices(reporter, "已被采纳");
        assertThat(list).containsText("第" + id + "号进展报告已被采纳");
        assertThat(list.locator("a[href$='/reporting/reports/" + id + "']").first())
                .isVisible();
        Browser.screenshot(reporter, "notices-reporter");
        reporter.context().close();
    }

    private ProgressReport approveIfAsked(long id, ProgressReport r) {
        if (r.state().code().equals("submitted")
                && reporting.allowedActions(r, data.as("rn-approver")).stream()
                        .anyMatch(a -> a.name().equals("APPROVE"))) {
            return reporting.approve(id, r.version(), data.as("rn-approver"));
        }
        return r;
    }

    @Test
    void theOfficeSeesTheLeadUnitsWithoutAReporterAccount() {
        long planId = data.reportingPlan();
        long unit = data.leadUnit(planId, "82");
        data.user("rn-office", "OFFICE", "舟山市");
        data.unitUser("rn-reporter", "REPORTER", "舟山市", unit);
        String withAccount = jdbc.sql("select name from unit where id = :u")
                .param("u", unit)
                .query(String.class)
                .single();
        Page office = browser.loggedIn(port, "rn-office");
        office.navigate("http://localhost:" + port + "/reporting");
        Locator none = office.locator("form[action$='/reporting/plans/" + planId + "/periods'] .unreachable");
        assertThat(none).containsText("没有填报账号,不会收到提醒");
        assertThat(none.locator(".units")).not().containsText(withAccount);
        org.assertj.core.api.Assertions.assertThat(
                        none.locator(".units").textContent().split("\u3001"))
                .hasSizeGreaterThan(5);
        office.context().close();
    }
}
