package org.luoshi.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.time.LocalDate;
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

/**
 * The reporter's path on a 375-pixel phone in Chromium (touch, mobile viewport): log in, open the menu, go to
 * 进展填报, open a report of an open period, type, see the figures and the proposed status, save and submit.
 * No page of the path scrolls sideways; screenshots go to target/screenshots.
 */
@IntegrationTest
class ReporterPhoneBrowserIT {

    private static final int PHONE_WIDTH = 375;

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

    private static void fitsThePhone(Page page, String screenshot) {
        Browser.screenshot(page, screenshot);
        org.assertj.core.api.Assertions.assertThat(Browser.scrollWidth(page))
                .as("scroll width of %s (%s)", page.url(), screenshot)
                .isLessThanOrEqualTo(PHONE_WIDTH);
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void theReporterFillsInAndSubmitsAReportOnAPhone() {
        long planId = data.reportingPlan();
        long unit = data.leadUnit(planId, "82");
        data.user("ph-office", "OFFICE", "舟山市");
        String reporter = data.unitUser("ph-reporter", "REPORTER", "舟山市", unit);
        long period = reporting.openPeriod(
                planId,
                new PeriodForm("全年(手机)", LocalDate.of(2022, 12, 31), LocalDate.of(2023, 1, 10), BigDecimal.ONE),
                (LuoshiUser) users.loadUserByUsername("ph-office"));
        long report = jdbc.sql("select id from progress_report where period_id = :p and task_id = :t and unit_id = :u")
                .param("p", period)
                .param("t", data.task(planId, "82"))
                .param("u", unit)
                .query(Long.class)
                .single();

        Page page = browser.phone(port, reporter, login -> fitsThePhone(login, "phone-0-login"));

        // Signed in, a reporter lands on the reporting page; the side navigation waits behind the menu button.
        assertThat(page.locator("h1")).hasText("进展填报");
        assertThat(page.locator("#side-nav")).isHidden();
        fitsThePhone(page, "phone-1-plans");
        page.locator("label.menu-button").tap();
        assertThat(page.locator("#side-nav")).isVisible();
        fitsThePhone(page, "phone-2-menu");
        page.locator("#side-nav")
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName("进展填报").setExact(true))
                .tap();

        assertThat(page.locator("h1")).hasText("进展填报");
        fitsThePhone(page, "phone-3-periods");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("全年(手机)").setExact(true))
                .tap();

        assertThat(page.locator("h1")).containsText("全年(手机)");
        fitsThePhone(page, "phone-4-work-list");
        page.locator("tr[data-report='" + report + "'] a").tap();

        assertThat(page.locator("#state")).hasText("草稿");
        fitsThePhone(page, "phone-5-report");
        page.getByLabel("进展情况").fill("今年新建改建污水管网13.5公里,完成投资1.2亿元。");
        assertThat(page.locator("#figures")).containsText("13.5公里");
        assertThat(page.locator("#proposed-status")).hasText("已完成");
        fitsThePhone(page, "phone-6-typed");

        button(page, "保存草稿").tap();
        assertThat(page.locator("p.notice[role=status]")).hasText("已保存");
        assertThat(page.getByLabel("进展情况")).hasValue("今年新建改建污水管网13.5公里,完成投资1.2亿元。");
        fitsThePhone(page, "phone-7-saved");

        button(page, "报送").tap();
        assertThat(page.locator("#state")).hasText("已报送");
        fitsThePhone(page, "phone-8-submitted");
        page.context().close();

        String state = jdbc.sql("select state from progress_report where id = :id")
                .param("id", report)
                .query(String.class)
                .single();
        org.assertj.core.api.Assertions.assertThat(state).isEqualTo("submitted");
    }
}
