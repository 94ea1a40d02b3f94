package org.luoshi.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.luoshi.support.Browser;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 15 items 2 and 3: after a new period is opened, the plan's task table and the dashboard show one period at a
 * time, the one with reports by default, with a selector; a task without a report is 未报送 (grey), never 待核算.
 */
@IntegrationTest
class PeriodChoiceBrowserIT {

    @RegisterExtension
    static final Browser browser = Browser.perClass();

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    /** The sample as 舟山市's 2019 plan (its own, so no other test opens periods on it), and a new empty period. */
    private long planWithANewPeriod() {
        return data.sampleWithAnEmptyWholeYear(2019, "pc-office");
    }

    @Test
    void thePlanTableShowsOnePeriodChosenByTheReaderAndUnreportedIsItsOwnGreyStatus() {
        long planId = planWithANewPeriod();
        Page page = browser.loggedIn(port, "pc-office");
        page.navigate("http://localhost:" + port + "/plans/" + planId);

        // By default the period that has reports, not the one just opened.
        assertThat(page.locator("#period option[selected]")).hasText("前三季度");
        assertThat(page.locator("#shown-period")).containsText("前三季度");
        assertThat(page.locator("table.tasks tbody tr").first().locator(".progress"))
                .not()
                .containsText("未报送");
        assertThat(page.locator("table.tasks")).not().containsText("全年");
        Browser.screenshot(page, "period-1-default");

        page.locator("#period").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("全年"));
        page.waitForURL("**period=*");
        assertThat(page.locator("#shown-period")).containsText("全年");
        var first = page.locator("table.tasks tbody tr").first();
        assertThat(first.locator(".progress")).hasText("未报送");
        assertThat(first.locator(".status .badge")).hasText("未报送");
        assertThat(first.locator(".status .badge")).hasClass(java.util.regex.Pattern.compile("signal-GREY"));
        assertThat(page.locator("table.tasks")).not().containsText("待核算");
        Browser.screenshot(page, "period-2-new-period");

        // Paging keeps the period chosen.
        page.locator("nav.pager a", new Page.LocatorOptions().setHasText("2"))
                .first()
                .click();
        assertThat(page.locator("#shown-period")).containsText("全年");
        page.context().close();
    }

    @Test
    void theDashboardOpensOnThePeriodWithReportsAndCountsUnreportedApart() {
        long planId = planWithANewPeriod();
        Page page = browser.loggedIn(port, "pc-office");
        page.navigate("http://localhost:" + port + "/plans/" + planId + "/dashboard");
        assertThat(page.locator("select[name=period] option[selected]")).hasText("前三季度");

        page.locator("select[name=period]").selectOption("全年");
        page.waitForURL("**period=*");
        int tasks = jdbc.sql("select count(*) from task where plan_id = :p")
                .param("p", planId)
                .query(Integer.class)
                .single();
        var unreported =
                page.locator("#status-chart tr[data-status=not_reported] td").first();
        assertThat(unreported).hasText(Integer.toString(tasks));
        assertThat(page.locator("#status-chart tr[data-status=no_data] td").first())
                .hasText("0");
        page.context().close();
    }
}
