package org.luoshi.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.luoshi.support.Browser;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The plan and import pages in Debian's Chromium; screenshots go to target/screenshots. */
@IntegrationTest
class PlanBrowserIT {

    @RegisterExtension
    static final Browser browser = Browser.perClass();

    @Autowired
    TestData data;

    @LocalServerPort
    int port;

    @Test
    void theOfficeOpensThePlanAndFindsTask82() {
        data.zhoushanPlan();
        Page page = browser.loggedIn(port, data.user("browser-office", "OFFICE", "舟山市"));

        // The office lands on its latest plan, which in the shared test database may be a later plan kept by
        // hand (AuthorizationMatrixIT makes one for 舟山市): open the 2022 plan from the plan list.
        page.navigate("http://localhost:" + port + "/plans");
        page.locator("tbody tr")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("舟山市"))
                .getByRole(
                        AriaRole.LINK,
                        new com.microsoft.playwright.Locator.GetByRoleOptions()
                                .setName("2022年市政府工作报告重点工作")
                                .setExact(true))
                .click();
        assertThat(page.locator("h1")).hasText("2022年市政府工作报告重点工作");
        page.locator("nav.pager")
                .getByRole(
                        AriaRole.LINK,
                        new com.microsoft.playwright.Locator.GetByRoleOptions()
                                .setName("5")
                                .setExact(true))
                .click();
        var number82 = page.locator("td.num a")
                .getByText("82", new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true));
        assertThat(number82).isVisible();
        Browser.screenshot(page, "plan-page-5");

        number82.click();
        assertThat(page.locator("h1")).containsText("82");
        assertThat(page.locator("dd.content")).not().isEmpty();
        Browser.screenshot(page, "task-82");
        page.context().close();
    }

    @Test
    void theOfficeUploadsADocumentSeesItsFindingsAndCommitsIt(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("zhoushan-2022-q3.txt");
        Files.write(file, TestData.sample());
        Page page = browser.loggedIn(port, data.user("browser-admin", "ADMIN", null));

        page.navigate("http://localhost:" + port + "/import");
        page.getByLabel("政府").selectOption("定海区");
        page.getByLabel("文件").setInputFiles(file);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("预览"))
                .click();
        // Read in the background: the job's page offers the preview once it is done.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("查看预览"))
                .click();

        assertThat(page.locator("h1")).hasText("导入预览");
        assertThat(page.locator(".summary")).containsText("119 项任务");
        assertThat(page.locator(".findings")).containsText("84");
        Browser.screenshot(page, "import-preview");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认导入"))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("打开计划"))
                .click();
        assertThat(page.locator(".notice")).containsText("119");
        assertThat(page.locator("h1")).hasText("2022年市政府工作报告重点工作");
        page.context().close();
    }

    @Test
    void anUploadShowsAProgressBarThatCanBeLeftAndFoundAgainUnderBackgroundJobs(
            @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("zhoushan-2022-q3.txt");
        Files.write(file, TestData.sample());
        Page page = browser.loggedIn(port, data.user("browser-jobs", "OFFICE", "舟山市"));

        page.navigate("http://localhost:" + port + "/import");
        page.getByLabel("文件").setInputFiles(file);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("预览"))
                .click();

        page.waitForURL("**/jobs/*");
        String job = page.url().substring(page.url().lastIndexOf('/') + 1);
        assertThat(page.locator("h1")).hasText("读取导入文档");
        assertThat(page.locator("#job-status progress")).isVisible();
        assertThat(page.locator(".job-percent")).containsText("%");
        Browser.screenshot(page, "job-progress");

        page.navigate("http://localhost:" + port + "/plans");
        page.navigate("http://localhost:" + port + "/jobs");
        assertThat(page.locator("h1")).hasText("后台任务");
        Browser.screenshot(page, "jobs-list");
        page.locator("a[href$='/jobs/" + job + "']").click();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("查看预览"))
                .click();
        assertThat(page.locator("h1")).hasText("导入预览");
        assertThat(page.locator(".summary")).containsText("119 项任务");
        page.context().close();
    }

    @Test
    void theImportPreviewShowsALeadUnitThatIsNoOrganisation(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("units.csv");
        Files.writeString(file, """
                2022年区政府工作报告重点工作前三季度完成情况
                序号,工作内容,牵头单位,进展情况
                1,新建改建污水管网10公里。,区住建局,已完成12公里。
                2,建成茶山大桥。,王区长,主体已完工。
                """);
        Page page = browser.loggedIn(port, data.user("browser-admin-units", "ADMIN", null));

        page.navigate("http://localhost:" + port + "/import");
        page.getByLabel("政府").selectOption("定海区");
        page.getByLabel("文件").setInputFiles(file);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("预览"))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("查看预览"))
                .click(); // the reading job's page

        assertThat(page.locator("h1")).hasText("导入预览");
        assertThat(page.locator(".findings")).containsText("未识别的单位");
        assertThat(page.locator(".findings")).containsText("王区长");
        page.context().close();
    }

    @Test
    void anUnsupportedFileIsRefusedWithAChineseMessage(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("report.pdf");
        Files.writeString(file, "%PDF-1.4 not a report");
        Page page = browser.loggedIn(port, data.user("browser-office2", "OFFICE", "舟山市"));

        page.navigate("http://localhost:" + port + "/import");
        page.getByLabel("文件").setInputFiles(file);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("预览"))
                .click();

        assertThat(page.locator("p.error")).containsText("无法读取文档");
        page.context().close();
    }
}
