package org.luoshi.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.luoshi.plan.PlanImporter;
import org.luoshi.support.Browser;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The overview in Chromium: a provincial leader sees the city, drills down to its district, the chart is drawn, links
 * lead on.
 */
@IntegrationTest
class OverviewBrowserIT {

    @RegisterExtension
    static final Browser browser = Browser.perClass();

    @Autowired
    TestData data;

    @Autowired
    PlanImporter importer;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void aLeaderSeesBothGovernmentsAChartAndGoesOnToADashboard() {
        long city = data.zhoushanPlan();
        long district = OverviewIT.putuoPlan(importer, jdbc);
        Page page = browser.loggedIn(port, data.user("ovb-leader", "LEADER", "浙江省"));

        page.navigate("http://localhost:" + port + "/plans/" + city + "/dashboard");
        page.locator("main").getByText("下级政府总览").first().click(); // the side navigation has one too

        assertThat(page).hasURL(Pattern.compile("/overview\\?year=2022$"));
        assertThat(page.locator("#overview-chart tbody tr[data-label=舟山市] a.plan-link"))
                .hasText("2022年市政府工作报告重点工作");
        // the province's level lists the cities; the city's level (one click down) its districts
        assertThat(page.locator("#overview-chart tbody tr[data-label=普陀区]")).hasCount(0);
        page.locator("#overview-chart tbody tr[data-label=舟山市] a.drill").click();
        assertThat(page).hasURL(Pattern.compile("/overview\\?year=2022.*at=\\d+$"));
        assertThat(page.locator("#overview-chart tbody tr[data-label=普陀区] td.shown-period"))
                .hasText("上半年");
        assertThat(page.locator("#overview-chart .chart")).hasAttribute("data-drawn", "true");
        assertThat(page.locator("#overview-chart .chart svg")).isVisible();
        // One stacked bar per government with a plan: its name is on the chart's axis.
        assertThat(page.locator("#overview-chart .chart svg")).containsText("普陀区");
        assertThat(page.locator("#overview-chart .chart svg")).containsText("舟山市");
        Browser.screenshot(page, "overview");

        page.locator("#overview-chart tbody tr[data-label=普陀区] a.dashboard-link")
                .click();

        assertThat(page).hasURL(Pattern.compile("/plans/" + district + "/dashboard\\?period="));
        assertThat(page.locator("h1")).containsText("2022年区政府工作报告重点工作");
        assertThat(page.locator("select[name=period]")).hasValue("上半年");
        page.context().close();
    }

    @Test
    void theOverviewFitsAPhone() {
        data.zhoushanPlan();
        OverviewIT.putuoPlan(importer, jdbc);
        Page page = browser.loggedIn(port, data.user("ovb-leader", "LEADER", "浙江省"));
        page.setViewportSize(375, 800);

        page.navigate("http://localhost:" + port + "/overview?year=2022");

        assertThat(page.locator("#overview-chart .chart")).hasAttribute("data-drawn", "true");
        assertThat(page.locator("#overview-chart tbody")).containsText("舟山市");
        int overflow = ((Number) page.evaluate("document.documentElement.scrollWidth - window.innerWidth")).intValue();
        org.assertj.core.api.Assertions.assertThat(overflow).isLessThanOrEqualTo(0);
        Browser.screenshot(page, "overview-phone");
        page.context().close();
    }
}
