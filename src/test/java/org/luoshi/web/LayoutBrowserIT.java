package org.luoshi.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.luoshi.support.Browser;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 15 items 8 and 9: each role lands on its work; the dashboard cuts no column at 1366 px and uses a 1920 px
 * screen; a phone scrolls no page sideways and shows the status column; the compiled PDF numbers its pages and
 * repeats the table header. Screenshots go to target/screens ({@code scripts/refresh-docs} copies them into docs/screens; the PDF pages are
 * rendered from target/compiled.pdf with pdftoppm).
 */
@IntegrationTest
class LayoutBrowserIT {

    private static final Path SCREENS = Path.of("target", "screens");

    @RegisterExtension
    static final Browser browser = Browser.perClass();

    @Autowired
    TestData data;

    @LocalServerPort
    int port;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A screenshot for target/screens: the first screen only on a phone (a full phone page weighs megabytes). */
    private static void keep(Page page, String name) {
        boolean phone = page.viewportSize().width < 640;
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENS.resolve(name + ".png"))
                .setFullPage(!phone));
    }

    @Test
    void eachRoleLandsOnItsWork() {
        long planId = data.zhoushanPlan();
        data.user("ly-office", "OFFICE", "舟山市");
        data.user("ly-leader", "LEADER", "舟山市");
        data.unitUser("ly-reporter", "REPORTER", "舟山市", data.leadUnit(planId, "1"));
        Page office = browser.loggedIn(port, "ly-office");
        office.waitForURL("**/plans/*");
        office.context().close();
        Page leader = browser.loggedIn(port, "ly-leader");
        leader.waitForURL("**/overview**");
        leader.context().close();
        Page reporter = browser.loggedIn(port, "ly-reporter");
        reporter.waitForURL("**/reporting");
        reporter.context().close();
    }

    @Test
    void theDashboardCutsNoColumnAt1366AndUsesTheWidthAt1920() {
        long planId = data.zhoushanPlan();
        data.user("ly-office", "OFFICE", "舟山市");
        Page page = browser.loggedIn(port, "ly-office");
        page.setViewportSize(1366, 900);
        page.navigate(url("/plans/" + planId + "/dashboard"));
        Locator tables = page.locator(".panel table.grid");
        assertThat(tables.count()).isGreaterThanOrEqualTo(2);
        for (int i = 0; i < tables.count(); i++) {
            var cut = tables.nth(i)
                    .evaluate("t => [t.scrollWidth, t.parentElement.clientWidth, t.getBoundingClientRect().width]");
            var sizes = (java.util.List<?>) cut;
            assertThat(((Number) sizes.get(0)).doubleValue())
                    .as("table %d cut at 1366 px: %s", i, sizes)
                    .isLessThanOrEqualTo(((Number) sizes.get(1)).doubleValue() + 1);
        }
        assertThat(Browser.scrollWidth(page)).isLessThanOrEqualTo(1366);
        keep(page, "dashboard-1366");

        page.setViewportSize(1920, 1080);
        page.navigate(url("/plans/" + planId + "/dashboard"));
        double main = ((Number) page.evaluate("document.querySelector('main').clientWidth")).doubleValue();
        assertThat(main).isGreaterThan(1500);
        keep(page, "dashboard-1920");
        page.context().close();
    }

    @Test
    void aPhoneScrollsNoPageSidewaysAndShowsTheStatusColumn() {
        long planId = data.zhoushanPlan();
        data.user("ly-office", "OFFICE", "舟山市");
        Page page = browser.phone(port, "ly-office", p -> {});
        page.navigate(url("/plans/" + planId + "/dashboard"));
        assertThat(Browser.scrollWidth(page)).isLessThanOrEqualTo(375);
        keep(page, "dashboard-375");

        page.navigate(url("/plans/" + planId));
        Locator status = page.locator("table.tasks tbody tr").first().locator("td.status");
        assertThat(status.locator(".badge")).isVisible();
        var box = status.boundingBox();
        assertThat(box.x + box.width).as("status column inside the screen").isLessThanOrEqualTo(375);
        assertThat(Browser.scrollWidth(page)).isLessThanOrEqualTo(375);
        var year = page.locator("#shown-period");
        assertThat(year).isVisible();
        keep(page, "plan-375");
        page.context().close();
    }

    @Test
    void theCompiledPdfNumbersItsPagesAndRepeatsTheHeader() throws Exception {
        long planId = data.zhoushanPlan();
        data.user("ly-office", "OFFICE", "舟山市");
        String auth = java.util.Base64.getEncoder()
                .encodeToString(("ly-office:" + TestData.PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        byte[] response = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create(url("/reports/" + planId + "/report.pdf")))
                                .header("Authorization", "Basic " + auth)
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray())
                .body();
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "compiled.pdf"), response);
        try (PDDocument pdf = Loader.loadPDF(response)) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThan(2);
            PDFTextStripper text = new PDFTextStripper();
            text.setStartPage(2);
            text.setEndPage(2);
            String second = text.getText(pdf);
            assertThat(second).contains("\u5E8F\u53F7").contains("\u7B2C 2 \u9875 / \u5171 " + pages + " \u9875");
        }
    }
}
