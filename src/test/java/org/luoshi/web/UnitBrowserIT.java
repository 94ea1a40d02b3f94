package org.luoshi.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.luoshi.support.Browser;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** From the dashboard's unit ranking to a unit's page, in Chromium. */
@IntegrationTest
class UnitBrowserIT {

    @RegisterExtension
    static final Browser browser = Browser.perClass();

    @Autowired
    TestData data;

    @LocalServerPort
    int port;

    @Test
    void aLeaderOpensAUnitFromTheDashboardRanking() {
        long planId = data.zhoushanPlan();
        Page page = browser.loggedIn(port, data.user("unit-browser-leader", "LEADER", "浙江省"));
        page.navigate("http://localhost:" + port + "/plans/" + planId + "/dashboard");

        page.locator("#unit-chart tbody")
                .getByRole(
                        AriaRole.LINK,
                        new com.microsoft.playwright.Locator.GetByRoleOptions()
                                .setName("市财政局")
                                .setExact(true))
                .click();

        assertThat(page).hasURL(Pattern.compile("/units/\\d+\\?plan=" + planId));
        assertThat(page.locator("h1")).hasText("市财政局");
        assertThat(page.locator("#rates tbody tr[data-period='前三季度'] td.on-time"))
                .hasText(Pattern.compile("\\d+(\\.\\d)?%"));
        assertThat(page.locator("#unit-tasks tbody tr").first()).containsText("一般公共预算收入增长7%");
        Browser.screenshot(page, "unit-page");

        page.locator("#unit-tasks tbody tr")
                .first()
                .getByRole(AriaRole.LINK)
                .first()
                .click();
        assertThat(page.locator("#history")).containsText("导入计划文档");
        assertThat(page.locator("dd.units a")).hasText("市财政局");
        Browser.screenshot(page, "task-history");
        page.context().close();
    }

    @Test
    void theUnitPageFitsAPhone() {
        long planId = data.zhoushanPlan();
        long unit = data.leadUnit(planId, "1");
        Page page = browser.loggedIn(port, data.user("unit-browser-office", "OFFICE", "舟山市"));
        page.setViewportSize(375, 800);

        page.navigate("http://localhost:" + port + "/units/" + unit);

        assertThat(page.locator("h1")).hasText("市财政局");
        int overflow = ((Number) page.evaluate("document.documentElement.scrollWidth - window.innerWidth")).intValue();
        org.assertj.core.api.Assertions.assertThat(overflow).isLessThanOrEqualTo(0);
        Browser.screenshot(page, "unit-page-phone");
        page.context().close();
    }
}
