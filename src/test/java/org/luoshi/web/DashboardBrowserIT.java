package org.luoshi.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.luoshi.support.Browser;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The dashboard in Chromium: its charts are drawn and its figures equal the roll-up computed in SQL. */
@IntegrationTest
class DashboardBrowserIT {

    static Browser browser;

    @Autowired TestData data;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    @BeforeAll
    static void launch() {
        browser = Browser.launch();
    }

    @AfterAll
    static void close() {
        browser.close();
    }

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
            shown.put(rows.nth(i).getAttribute("data-status"), Integer.parseInt(rows.nth(i).locator("td").first().innerText().strip()));
        }
        Map<String, Integer> sql = new HashMap<>();
        jdbc.sql("""
                        select coalesce(j.override_status, j.status) as s, count(*) as n from judgement j
                        join reporting_period rp on rp.id = j.period_id
                        where rp.plan_id = :plan and rp.label = '前三季度' group by coalesce(j.override_status, j.status)""")
                .param("plan", planId)
                .query((rs, i) -> sql.put(rs.getString("s"), rs.getInt("n"))).list();
        shown.values().removeIf(n -> n == 0);
        org.assertj.core.api.Assertions.assertThat(shown).isEqualTo(sql);
        org.assertj.core.api.Assertions.assertThat(shown.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(119);
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
}
