package org.luoshi.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.luoshi.progress.PeriodForm;
import org.luoshi.progress.Reporting;
import org.luoshi.support.Browser;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issue 15 item 1: text typed on a report page and not yet saved survives every other action on the page. */
@IntegrationTest
class DraftsBrowserIT {

    private static final String TYPED = "今年新建改建污水管网9公里(尚未保存的文字)。";
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @RegisterExtension
    static final Browser browser = Browser.perClass();

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Reporting reporting;

    @LocalServerPort
    int port;

    long report;

    @BeforeEach
    void aDraftReport() {
        long planId = data.reportingPlan();
        long unit = data.leadUnit(planId, "82");
        data.user("dr-office", "OFFICE", "舟山市");
        data.unitUser("dr-reporter", "REPORTER", "舟山市", unit);
        long period = reporting.openPeriod(
                planId,
                new PeriodForm(
                        "草稿-" + System.nanoTime() % 1_000_000,
                        LocalDate.of(2020, 12, 31),
                        LocalDate.of(2021, 1, 10),
                        BigDecimal.ONE),
                data.as("dr-office"));
        report = jdbc.sql("select id from progress_report where period_id = :p and task_id = :t and unit_id = :u")
                .param("p", period)
                .param("t", data.task(planId, "82"))
                .param("u", unit)
                .query(Long.class)
                .single();
    }

    private Page typed() {
        Page page = browser.loggedIn(port, "dr-reporter");
        page.navigate("http://localhost:" + port + "/reporting/reports/" + report);
        page.getByLabel("进展情况").fill(TYPED);
        return page;
    }

    private void upload(Page page, String name) {
        page.locator("input[type=file]").setInputFiles(new FilePayload(name, "application/pdf", PDF));
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("上传").setExact(true))
                .click();
        assertThat(page.locator("#attachments")).containsText(name);
    }

    @Test
    void textTypedBeforeAnUploadComesBack() {
        Page page = typed();
        upload(page, "evidence.pdf");
        assertThat(page.getByLabel("进展情况")).hasValue(TYPED);
        assertThat(page.locator("[data-keep-notice]")).isVisible();
        Browser.screenshot(page, "draft-1-after-upload");

        // Once saved, the page shows the saved text and the browser forgets its copy.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存草稿"))
                .click();
        assertThat(page.getByLabel("进展情况")).hasValue(TYPED);
        assertThat(page.locator("[data-keep-notice]")).isHidden();
        // The page forgets its copy once the saved page has loaded: wait for it (fails after the timeout if never).
        page.waitForFunction("() => Object.keys(localStorage).length === 0");
        page.context().close();
    }

    /** Issue 15 item 1: without JavaScript nothing keeps a copy in the browser; the upload itself carries the text. */
    @Test
    void withoutJavaScriptTextTypedBeforeAnUploadComesBackFromTheServer() {
        Page page = browser.loggedIn(port, "dr-reporter", false);
        page.navigate("http://localhost:" + port + "/reporting/reports/" + report);
        page.getByLabel("进展情况").fill(TYPED);
        page.getByLabel(Pattern.compile("补充或更正数据")).fill("新建5G基站120个");
        upload(page, "no-script.pdf");
        assertThat(page.getByLabel("进展情况")).hasValue(TYPED);
        assertThat(page.getByLabel(Pattern.compile("补充或更正数据"))).hasValue("新建5G基站120个");
        assertThat(page.locator("[data-keep-notice]")).isVisible();
        // nothing was saved by the upload: the stored draft is still the carried-forward text
        org.assertj.core.api.Assertions.assertThat(
                        reporting.readable(report, data.as("dr-reporter")).text())
                .isNotEqualTo(TYPED);

        // Deleting the file (no dialog without JavaScript) keeps the text too.
        page.locator("#attachments button", new Page.LocatorOptions().setHasText("删除"))
                .click();
        assertThat(page.locator("#attachments")).not().containsText("no-script.pdf");
        assertThat(page.getByLabel("进展情况")).hasValue(TYPED);

        // Giving the typed text up shows the stored draft again.
        page.locator("[data-keep-notice] a").click();
        assertThat(page.getByLabel("进展情况")).not().hasValue(TYPED);
        page.context().close();
    }

    @Test
    void deletingAnAttachmentAsksFirstAndKeepsTheText() {
        Page page = typed();
        upload(page, "to-delete.pdf");
        AtomicReference<String> asked = new AtomicReference<>();
        page.onceDialog(dialog -> {
            asked.set(dialog.message());
            dialog.dismiss();
        });
        page.locator("#attachments button", new Page.LocatorOptions().setHasText("删除"))
                .click();
        org.assertj.core.api.Assertions.assertThat(asked.get()).contains("to-delete.pdf");
        assertThat(page.locator("#attachments")).containsText("to-delete.pdf");

        page.onceDialog(dialog -> dialog.accept());
        page.locator("#attachments button", new Page.LocatorOptions().setHasText("删除"))
                .click();
        assertThat(page.locator("#attachments")).not().containsText("to-delete.pdf");
        assertThat(page.getByLabel("进展情况")).hasValue(TYPED);
        page.context().close();
    }

    @Test
    void textTypedWhenTheSessionExpiredComesBackAfterLoggingIn() {
        Page page = typed();
        jdbc.sql("delete from spring_session where principal_name = 'dr-reporter'")
                .update();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存草稿"))
                .click();
        page.navigate("http://localhost:" + port + "/login");
        page.getByLabel("用户名").fill("dr-reporter");
        page.getByLabel("密码").fill(TestData.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录"))
                .click();
        page.navigate("http://localhost:" + port + "/reporting/reports/" + report);
        assertThat(page.getByLabel("进展情况")).hasValue(TYPED);
        page.context().close();
    }
}
