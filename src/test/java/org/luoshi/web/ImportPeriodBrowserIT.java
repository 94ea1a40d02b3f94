package org.luoshi.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.support.Browser;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 15 item 10: the import preview shows the period it found and its 序时进度, both correctable before the
 * commit; a document with progress and no period asks for one instead of storing "未注明期间".
 */
@IntegrationTest
class ImportPeriodBrowserIT {

    @RegisterExtension
    static final Browser browser = Browser.perClass();

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private Page preview(Path file) {
        Page page = browser.loggedIn(port, data.user("ip-admin", "ADMIN", null));
        page.navigate("http://localhost:" + port + "/import");
        page.getByLabel("政府").selectOption("定海区");
        page.getByLabel("文件").setInputFiles(file);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("预览"))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("查看预览"))
                .click();
        assertThat(page.locator("h1")).hasText("导入预览");
        return page;
    }

    private void commit(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认导入"))
                .click();
    }

    private BigDecimal share(int year, String label) {
        return jdbc.sql("""
                        select rp.expected_share from reporting_period rp join plan p on p.id = rp.plan_id
                        where p.plan_year = :y and rp.label = :l""")
                .param("y", year)
                .param("l", label)
                .query(BigDecimal.class)
                .single();
    }

    @Test
    void thePeriodFoundAndItsShareCanBeCorrectedBeforeTheCommit(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("q3.csv");
        Files.writeString(file, """
                2017年区政府工作报告重点工作前三季度完成情况
                序号,工作内容,牵头单位,进展情况
                1,新建改建污水管网10公里。,区住建局,已完成8公里。
                """);
        Page page = preview(file);
        assertThat(page.locator("#period-found")).containsText("前三季度");
        assertThat(page.locator("#period-found")).containsText("75%");
        assertThat(page.getByLabel("序时进度")).hasValue("75%");
        page.getByLabel("报告期").fill("前三季度(更正)");
        page.getByLabel("序时进度").fill("80");
        commit(page);
        page.waitForURL("**/jobs/*");
        for (int i = 0;
                i < 40
                        && jdbc.sql("select count(*) from reporting_period where label = '前三季度(更正)'")
                                        .query(Integer.class)
                                        .single()
                                == 0;
                i++) {
            page.waitForTimeout(250);
        }
        org.assertj.core.api.Assertions.assertThat(share(2017, "前三季度(更正)")).isEqualByComparingTo("0.80");
        page.context().close();
    }

    @Test
    void aDocumentWithoutAPeriodAsksForOne(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("noperiod.csv");
        Files.writeString(file, """
                2016年区政府工作报告重点工作
                序号,工作内容,牵头单位,进展情况
                1,新建改建污水管网10公里。,区住建局,已完成8公里。
                """);
        Page page = preview(file);
        assertThat(page.locator("#period-missing")).isVisible();
        commit(page);
        assertThat(page.locator("h1")).hasText("导入预览");
        assertThat(page.locator("#import-commit .field-error")).containsText("没有找到报告期");
        org.assertj.core.api.Assertions.assertThat(
                        jdbc.sql("select count(*) from reporting_period where label = '未注明期间'")
                                .query(Integer.class)
                                .single())
                .isZero();

        page.getByLabel("报告期").fill("全年");
        page.getByLabel("截止日期").fill("2016-12-31");
        commit(page);
        page.waitForURL("**/jobs/*");
        for (int i = 0; i < 40 && jdbc.sql("""
                        select count(*) from reporting_period rp join plan p on p.id = rp.plan_id
                        where p.plan_year = 2016 and rp.label = '全年'""").query(Integer.class).single() == 0; i++) {
            page.waitForTimeout(250);
        }
        org.assertj.core.api.Assertions.assertThat(share(2016, "全年")).isEqualByComparingTo("1");
        page.context().close();
    }
}
