package org.luoshi.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.luoshi.support.Browser;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/** The office closes a period on its work list and reopens it with a reason; a refused reopening keeps the text. */
@IntegrationTest
class PeriodClosingBrowserIT {

    @RegisterExtension
    static final Browser browser = Browser.perClass();

    @Autowired
    TestData data;

    @LocalServerPort
    int port;

    @Test
    void theOfficeClosesAndReopensAPeriodFromItsWorkList() {
        long planId = data.closingPlan();
        data.user("pc-office", "OFFICE", "舟山市");
        var opened = new Calls(port)
                .call(
                        "pc-office",
                        "POST",
                        "/api/v1/plans/" + planId + "/periods",
                        "{\"label\":\"全年(浏览器%d)\",\"endDate\":\"2012-12-31\",\"dueDate\":\"2013-01-10\",\"expectedShare\":1}"
                                .formatted(System.nanoTime() % 100000));
        long period =
                JsonMapper.builder().build().readTree(opened.body()).get("id").asLong();
        Page page = browser.loggedIn(port, "pc-office");
        page.navigate("http://localhost:" + port + "/reporting/periods/" + period);
        Locator state = page.locator("#period-state");
        assertThat(state.locator(".badge")).hasText("填报中");

        state.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("关闭"))
                .click();
        page.waitForURL("**/reporting/periods/" + period);
        assertThat(page.locator(".notice").first()).hasText("报告期已关闭");
        assertThat(state.locator(".badge")).hasText("已关闭");

        String tooLong = "须补报".repeat(700);
        state.getByLabel("重新开放理由").evaluate("(el, v) => { el.removeAttribute('maxlength'); el.value = v; }", tooLong);
        state.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("重新开放"))
                .click();
        assertThat(page.locator(".form-errors")).containsText("2000");
        assertThat(page.getByLabel("重新开放理由")).hasValue(tooLong);

        page.getByLabel("重新开放理由").fill("补报年底数据");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("重新开放"))
                .click();
        page.waitForURL("**/reporting/periods/" + period);
        assertThat(page.locator("#period-state .badge")).hasText("填报中");
        assertThat(page.locator("#period-state .reopened")).containsText("补报年底数据");
        page.context().close();
    }
}
