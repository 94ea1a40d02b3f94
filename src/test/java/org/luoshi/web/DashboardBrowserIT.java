package org.luoshi.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
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

/** The dashboard in Chromium: its charts are drawn and its figures equal the roll-up computed in SQL. */
@IntegrationTest
class DashboardBrowserIT {

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

    @Test
    void theDashboardShowsTheSameFiguresAsSqlAndDrawsItsCharts() {
        long planId = data.zhoushanPlan();
        Page page = browser.loggedIn(port, data.user("dash-leader", "LEADER", "浙江省"));

        page.navigate("http://localhost:" + port + "/plans/" + planId + "/dashboard");

        assertThat(page.locator("#status-chart .chart")).hasAttribute("data-drawn", "true");
        assertThat(page.locator("#status-chart svg")).isVisible();
        Map<String, Integer> shown = new HashMap<>();
        Locator rows = page.locator("#status-chart tbody tr");
        for (int i = 0; i < rows.count(); i++) {
            shown.put(
                    rows.nth(i).getAttribute("data-status"),
                    Integer.parseInt(
                            rows.nth(i).locator("td").first().innerText().strip()));
        }
        Map<String, Integer> sql = new HashMap<>();
        jdbc.sql("""
                        select coalesce(j.override_status, j.status) as s, count(*) as n from judgement j
                        join reporting_period rp on rp.id = j.period_id
                        where rp.plan_id = :plan and rp.label = '前三季度' group by coalesce(j.override_status, j.status)""")
                .param("plan", planId)
                .query((rs, i) -> sql.put(rs.getString("s"), rs.getInt("n")))
                .list();
        shown.values().removeIf(n -> n == 0);
        org.assertj.core.api.Assertions.assertThat(shown).isEqualTo(sql);
        org.assertj.core.api.Assertions.assertThat(
                        shown.values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(119);
        Browser.screenshot(page, "dashboard");
        page.context().close();
    }

    @Test
    void theUnitRankingIsReadableOnAPhone() {
        long planId = data.zhoushanPlan();
        Page page = browser.loggedIn(port, data.user("dash-office", "OFFICE", "舟山市"));
        page.setViewportSize(375, 800);

        page.navigate("http://localhost:" + port + "/plans/" + planId + "/dashboard");

        assertThat(page.locator("#unit-chart table")).containsText("市财政局");
        int overflow = ((Number) page.evaluate("document.documentElement.scrollWidth - window.innerWidth")).intValue();
        org.assertj.core.api.Assertions.assertThat(overflow).isLessThanOrEqualTo(0);
        Browser.screenshot(page, "dashboard-phone");
        page.context().close();
    }

    /** Choosing another period in the select reloads the dashboard for it (no inline handler: the CSP forbids them). */
    @Test
    void choosingAPeriodShowsThatPeriod() {
        long planId = data.reportingPlan();
        String office = data.user("dash-period-office", "OFFICE", "舟山市");
        reporting.openPeriod(
                planId,
                new PeriodForm("全年(看板)", LocalDate.of(2022, 12, 31), LocalDate.of(2023, 1, 10), BigDecimal.ONE),
                (LuoshiUser) users.loadUserByUsername(office));
        Page page = browser.loggedIn(port, office);
        java.util.List<String> refused = new java.util.ArrayList<>();
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy")) {
                refused.add(m.text());
            }
        });

        page.navigate("http://localhost:" + port + "/plans/" + planId + "/dashboard?period=" + "前三季度");
        page.locator("select[name=period]").selectOption("全年(看板)");

        assertThat(page).hasURL(Pattern.compile("period=%E5%85%A8%E5%B9%B4"));
        assertThat(page.locator("select[name=period]")).hasValue("全年(看板)");
        org.assertj.core.api.Assertions.assertThat(refused).isEmpty();
        page.context().close();
    }
}
