package org.luoshi.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.luoshi.support.Browser;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issue 15 item 6: a period's findings grouped by kind and unit, counted, linked, filtered and exported. */
@IntegrationTest
class FindingsBrowserIT {

    @RegisterExtension
    static final Browser browser = Browser.perClass();

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    /** The sample as 舟山市's 2018 plan with a 全年 period long past its due date: every task a missing report. */
    private long planWithAPeriodNobodyReported() {
        return data.sampleWithAnEmptyWholeYear(2018, "fi-office");
    }

    @Test
    void findingsAreGroupedCountedLinkedFilteredAndExported() throws Exception {
        long planId = planWithAPeriodNobodyReported();
        long period = jdbc.sql("select id from reporting_period where plan_id = :p and label = '全年'")
                .param("p", planId)
                .query(Long.class)
                .single();
        int tasks = jdbc.sql("select count(*) from task where plan_id = :p")
                .param("p", planId)
                .query(Integer.class)
                .single();
        Page page = browser.loggedIn(port, "fi-office");
        page.navigate("http://localhost:" + port + "/plans/" + planId + "?period=" + period);

        // The plan page counts by kind instead of one line per task, in words, not codes.
        // (Other kinds may be counted too, in any order: the missing reports are the line that names them.)
        var missingCount = page.locator(".period-findings .finding-counts li")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("未报送进展"));
        assertThat(missingCount).hasCount(1);
        assertThat(missingCount).containsText(Integer.toString(tasks));
        assertThat(page.locator(".period-findings")).not().containsText("missing-report");
        missingCount.locator("a").click();

        var missing = page.locator("section[data-kind=missing-report]");
        assertThat(missing.locator("h2 .count")).hasText(Integer.toString(tasks));
        assertThat(missing.locator("details.finding-unit").first()).isVisible();
        int unitGroups = missing.locator("details.finding-unit").count();
        org.assertj.core.api.Assertions.assertThat(unitGroups).isGreaterThan(5).isLessThan(tasks);
        Browser.screenshot(page, "findings-1-grouped");

        // Filtered by one unit: only that unit's group, open, each line linked to its task.
        String unit =
                missing.locator("details.finding-unit summary span").first().textContent();
        page.locator("#unit").selectOption(new SelectOption().setLabel(unit));
        page.waitForURL("**unit=*");
        assertThat(page.locator("details.finding-unit")).hasCount(1);
        var first = page.locator("details.finding-unit li a").first();
        assertThat(first).hasAttribute("href", java.util.regex.Pattern.compile("/tasks/\\d+"));
        int lines = page.locator("details.finding-unit li").count();

        Download download = page.waitForDownload(() -> page.locator("#export").click());
        List<String> rows = Files.readAllLines(download.path(), StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(rows).hasSize(lines + 1);
        org.assertj.core.api.Assertions.assertThat(rows.get(0)).contains("类别", "牵头单位");
        org.assertj.core.api.Assertions.assertThat(rows.get(1)).contains("全年", "未报送进展", unit);

        first.click();
        page.waitForURL("**/tasks/*");
        page.context().close();
    }
}
