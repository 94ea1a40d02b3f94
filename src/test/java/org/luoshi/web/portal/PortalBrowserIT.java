package org.luoshi.web.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.luoshi.publication.PublicationService;
import org.luoshi.support.Browser;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The public portal in Debian's Chromium, without login; screenshots go to target/screenshots. */
@IntegrationTest
class PortalBrowserIT {

    @RegisterExtension
    static final Browser browser = Browser.perClass();

    @Autowired
    TestData data;

    @Autowired
    PublicationService publications;

    @LocalServerPort
    int port;

    @Test
    void aVisitorBrowsesReadsSwitchesTheFontSizeAndSearches() {
        long plan = data.zhoushanPlan();
        long id = publications.draft(plan, "前三季度", false, data.acting("browser-pub-office", "OFFICE", "舟山市"));
        publications.withhold(id, 119, true, data.acting("browser-pub-office", "OFFICE", "舟山市"));
        publications.approve(id, data.acting("browser-pub-leader", "LEADER", "舟山市"));
        publications.publish(id, data.acting("browser-pub-office", "OFFICE", "舟山市"));
        // The support class opens logged-in pages only; dropping the session cookie makes this an anonymous visitor.
        Page page = browser.loggedIn(port, data.user("browser-portal", "REPORTER", "舟山市"));
        page.context().clearCookies();

        page.navigate("http://localhost:" + port + "/portal?gov=330900&year=2022");
        assertThat(page.locator("h1")).hasText("政府工作报告执行");
        Browser.screenshot(page, "portal-list");

        page.locator("a[href='/portal/articles/" + id + "']").click();
        assertThat(page.locator("h1")).hasText("2022年市政府工作报告重点工作前三季度完成情况");
        assertThat(page.locator("nav.breadcrumb")).containsText("当前位置");
        assertThat(page.locator("table.catalogue")).containsText("索引号");
        assertThat(page.locator(".abridged")).hasText("(本文有删减)");
        assertThat(page.locator("table.report tbody tr")).hasCount(118);
        Browser.screenshot(page, "portal-article");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target", "screenshots", "portal-article-top.png")));

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("大").setExact(true))
                .click();
        assertThat(page.locator("#article")).hasClass(Pattern.compile("size-l"));
        assertThat(page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("大").setExact(true)))
                .hasAttribute("aria-pressed", "true");
        Browser.screenshot(page, "portal-article-large");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("小").setExact(true))
                .click();
        assertThat(page.locator("#article")).hasClass(Pattern.compile("size-s"));

        page.getByLabel("搜索公开信息").fill("一般公共预算收入");
        page.keyboard().press("Enter");
        assertThat(page.locator("h1")).hasText("搜索结果");
        assertThat(page.locator("a[href='/portal/articles/" + id + "']")).isVisible();
        Browser.screenshot(page, "portal-search");
        page.context().close();
    }
}
