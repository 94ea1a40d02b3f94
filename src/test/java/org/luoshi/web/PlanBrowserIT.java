package org.luoshi.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The plan page in Debian's Chromium, driven by Playwright; screenshots go to target/screenshots. */
@IntegrationTest
class PlanBrowserIT {

    static Playwright playwright;
    static Browser browser;

    @Autowired TestData data;
    @LocalServerPort int port;

    @BeforeAll
    static void launch() {
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void theOfficeLogsInOpensThePlanAndFindsTask82() {
        data.zhoushanPlan();
        String user = data.user("browser-office", "OFFICE", "舟山市");
        try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/plans");
            page.getByLabel("用户名").fill(user);
            page.getByLabel("密码").fill(TestData.PASSWORD);
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("登录")).click();

            page.getByText("2022年市政府工作报告重点工作").click();
            assertThat(page.locator("h1")).hasText("2022年市政府工作报告重点工作");
            page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("5").setExact(true)).click();

            var row = page.locator("tr", new Page.LocatorOptions().setHas(page.locator("td.num a", new Page.LocatorOptions().setHasText("82"))));
            assertThat(row.first()).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "plan-page-5.png")).setFullPage(true));

            row.first().locator("td.num a").click();
            assertThat(page.locator("h1")).containsText("82");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "task-82.png")).setFullPage(true));
        }
    }
}
