package org.luoshi.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.luoshi.support.Browser;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 15 item 4: opening a period never ends on an error page. 序时进度 is computed from the end date and may be
 * changed, written 75%, 75 or 0.75; a duplicate label or an unreadable share comes back beside its field with the
 * values typed.
 */
@IntegrationTest
class PeriodFormBrowserIT {

    @RegisterExtension
    static final Browser browser = Browser.perClass();

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private long planId;

    private Locator form(Page page) {
        page.navigate("http://localhost:" + port + "/reporting");
        return page.locator("form[action$='/reporting/plans/" + planId + "/periods']");
    }

    private Page office() {
        planId = data.reportingPlan();
        data.user("pf-office", "OFFICE", "舟山市");
        return browser.loggedIn(port, "pf-office");
    }

    private BigDecimal share(String label) {
        return jdbc.sql("select expected_share from reporting_period where plan_id = :p and label = :l")
                .param("p", planId)
                .param("l", label)
                .query(BigDecimal.class)
                .single();
    }

    private static String label(String prefix) {
        return prefix + System.nanoTime() % 1_000_000;
    }

    @Test
    void theShareIsComputedFromTheEndDateAndAcceptsPercentWholeAndFraction() {
        Page page = office();
        for (String typed : new String[] {"75%", "75", "0.75"}) {
            String label = label("三季度");
            Locator form = form(page);
            form.getByLabel("名称").fill(label);
            form.getByLabel("截止日期").fill("2020-09-30");
            assertThat(form.getByLabel("序时进度")).hasValue("75%");
            form.getByLabel("报送期限").fill("2020-10-10");
            form.getByLabel("序时进度").fill(typed);
            form.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON).click();
            page.waitForURL("**/reporting/periods/*");
            org.assertj.core.api.Assertions.assertThat(share(label)).as(typed).isEqualByComparingTo("0.75");
        }
        page.context().close();
    }

    @Test
    void aDuplicateLabelAndAnUnreadableShareComeBackBesideTheirFieldsWithTheValuesTyped() {
        Page page = office();
        String label = label("半年");
        Locator form = form(page);
        form.getByLabel("名称").fill(label);
        form.getByLabel("截止日期").fill("2020-06-30");
        form.getByLabel("报送期限").fill("2020-07-10");
        form.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON).click();
        page.waitForURL("**/reporting/periods/*");
        org.assertj.core.api.Assertions.assertThat(share(label)).isEqualByComparingTo("0.50");

        form = form(page);
        form.getByLabel("名称").fill(label);
        form.getByLabel("截止日期").fill("2020-06-30");
        form.getByLabel("报送期限").fill("2020-07-10");
        form.getByLabel("序时进度").fill("七成五");
        form.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON).click();
        form = page.locator("form[action$='/reporting/plans/" + planId + "/periods']");
        assertThat(form.getByLabel("名称")).hasValue(label);
        assertThat(form.getByLabel("截止日期")).hasValue("2020-06-30");
        assertThat(form.getByLabel("序时进度")).hasValue("七成五");
        assertThat(form.locator("label:has(input[name=expectedShare]) .field-error"))
                .containsText("75%");
        assertThat(form.locator("label:has(input[name=label]) .field-error")).containsText("已存在");
        Browser.screenshot(page, "period-form-errors");
        page.context().close();
    }
}
