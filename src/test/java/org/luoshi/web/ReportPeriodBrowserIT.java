package org.luoshi.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
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
 * Issue 15 item 2: the compiled report is of one period, the page says which (by default the latest with progress,
 * not a period just opened) and offers the plan's periods to choose from.
 */
@IntegrationTest
class ReportPeriodBrowserIT {

    @RegisterExtension
    static final Browser browser = Browser.perClass();

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    /** The sample as 舟山市's 2012 plan (a year no other test reads), with a new empty period 全年. */
    private long planWithANewPeriod() {
        return data.sampleWithAnEmptyWholeYear(2012, "rp-office");
    }

    @Test
    void theCompiledReportSaysWhichPeriodItIsOfAndTheReaderChoosesAnother() {
        long planId = planWithANewPeriod();
        Page page = browser.loggedIn(port, "rp-office");
        page.navigate("http://localhost:" + port + "/publications");

        Locator plan = page.locator(".plan-downloads")
                .filter(new Locator.FilterOptions().setHas(page.locator("select[data-plan='" + planId + "']")));
        assertThat(plan.locator(".shown-period")).containsText("前三季度");
        assertThat(plan.locator("select[name=period] option[selected]")).hasText("前三季度");

        Download chosen = page.waitForDownload(() -> {
            plan.locator("select[name=period]").selectOption("全年");
            plan.locator("button", new Locator.LocatorOptions().setHasText("HTML"))
                    .click();
        });
        org.assertj.core.api.Assertions.assertThat(chosen.suggestedFilename())
                .contains("全年")
                .doesNotContain("前三季度");

        Download byDefault = page.waitForDownload(() -> {
            plan.locator("select[name=period]").selectOption("前三季度");
            plan.locator("button", new Locator.LocatorOptions().setHasText("HTML"))
                    .click();
        });
        org.assertj.core.api.Assertions.assertThat(byDefault.suggestedFilename())
                .contains("前三季度");
        page.context().close();
    }
}
