package org.luoshi.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.luoshi.plan.GovernmentAdmin;
import org.luoshi.plan.GovernmentAdmin.NewGovernment;
import org.luoshi.plan.PeriodWriter;
import org.luoshi.plan.Scope;
import org.luoshi.plan.UnitPicker;
import org.luoshi.support.Browser;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In Chromium: the office types a plan with three tasks (units found by an alias, one created from the form),
 * gives a task a target, and after changing it sees the task's status change.
 */
@IntegrationTest
class PlanByHandBrowserIT {

    @RegisterExtension
    static final Browser browser = Browser.perClass();

    @Autowired
    TestData data;

    @Autowired
    GovernmentAdmin governments;

    @Autowired
    UnitPicker units;

    @Autowired
    PeriodWriter periods;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void theOfficeTypesAPlanWithThreeTasksAndSeesAChangedTargetChangeTheStatus() {
        String code = "7" + String.format("%011d", System.nanoTime() % 100_000_000_000L);
        long parent = jdbc.sql("select id from government where code = '330900'")
                .query(Long.class)
                .single();
        String name = "手工区" + code;
        long gov = governments.create(new NewGovernment(code, name, "district", parent), "test");
        long finance =
                units.create(gov, "市财政局(国资委)", "test", Scope.everything()).id();
        jdbc.sql("insert into unit_alias (government_id, unit_id, alias) values (:g, :u, '财政局')")
                .param("g", gov)
                .param("u", finance)
                .update();
        Page page = browser.loggedIn(port, data.user("hand-office-" + code, "OFFICE", name));
        String base = "http://localhost:" + port;

        page.navigate(base + "/plans");
        page.locator("#new-plan").click();
        page.locator("input[name=year]").fill("2026");
        page.locator("input[name=title]").fill("2026年政府工作报告重点工作");
        page.locator("#plan-form button[type=submit]").click();
        assertThat(page.locator("h1")).hasText("2026年政府工作报告重点工作");
        long plan = Long.parseLong(page.url().replaceAll(".*/plans/(\\d+).*", "$1"));

        // A unit that does not exist yet is created from inside the task's form: what was typed stays.
        page.locator("#add-task").click();
        page.locator("input[name=number]").fill("9");
        page.locator("textarea[name=content]").fill("新建城市书房15个");
        page.locator(".new-unit input[name=newUnit]").fill("市住建局");
        page.locator(".new-unit button").click();
        assertThat(page.locator("select[name=leadUnits] option")).hasText(new String[] {"市住建局"});
        assertThat(page.locator("input[name=number]")).hasValue("9");
        assertThat(page.locator("textarea[name=content]")).hasValue("新建城市书房15个");
        // A name refused (empty) says why beside the field, and the typed task is still there.
        page.locator(".new-unit input[name=newUnit]").fill("");
        page.locator(".new-unit button").click();
        assertThat(page.locator("p.error[role=alert]")).isVisible();
        assertThat(page.locator("textarea[name=content]")).hasValue("新建城市书房15个");

        addTask(page, plan, "1", "新建改建污水管网10公里", "财政局", "市财政局(国资委)");
        addTask(page, plan, "2", "推进数字化改革", "住建", "市住建局");
        addTask(page, plan, "3", "新增城镇就业1万人", "财政局", "市财政局(国资委)");
        page.navigate(base + "/plans/" + plan);
        assertThat(page.locator("table.grid tbody tr")).hasCount(3);

        long task = jdbc.sql("select id from task where plan_id = :p and number = '1'")
                .param("p", plan)
                .query(Long.class)
                .single();
        // The units report: the first three quarters, 8 of the 10 km built.
        long period = periods.openPeriod(
                gov, plan, "前三季度", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 9, 30), null, new BigDecimal("0.75"));
        periods.writeProgress(gov, task, period, "已新建改建污水管网8公里。");

        page.navigate(base + "/tasks/" + task + "/edit");
        var add = page.locator("form.target-new");
        add.locator("input[name=metric]").fill("新建改建污水管网");
        add.locator("select[name=kind]").selectOption("amount");
        add.locator("input[name=value]").fill("10");
        add.locator("input[name=unit]").fill("公里");
        add.locator("button[type=submit]").click();
        assertThat(page.locator(".target-row .target-text strong")).hasText("新建改建污水管网10公里以上");
        page.navigate(base + "/tasks/" + task);
        assertThat(page.locator(".judgement .badge").first()).hasText("超序时");

        // A target unit that does not fit its kind is refused, and what was typed stays.
        page.navigate(base + "/tasks/" + task + "/edit");
        var row = page.locator("form.target-row[data-target]").first();
        row.locator("input[name=unit]").fill("%");
        row.locator("button[type=submit]").first().click();
        assertThat(page.locator(".form-errors")).containsText("与目标类型不符");
        assertThat(page.locator("form.target-row[data-target] input[name=unit]"))
                .hasValue("%");

        page.navigate(base + "/tasks/" + task + "/edit");
        row = page.locator("form.target-row[data-target]").first();
        row.locator("input[name=value]").fill("20");
        row.locator("button[type=submit]").first().click();
        assertThat(page.locator(".target-row .target-text strong")).hasText("新建改建污水管网20公里以上");
        page.navigate(base + "/tasks/" + task);
        assertThat(page.locator(".judgement .badge").first()).hasText("滞后序时");
        assertThat(page.locator("#history")).containsText("量化目标:新建改建污水管网10公里以上 → 新建改建污水管网20公里以上");
        Browser.screenshot(page, "plan-by-hand");

        // The ledger: downloaded, one task changed in the file, uploaded, its difference shown and committed.
        page.navigate(base + "/plans/" + plan + "/ledger");
        var download =
                page.waitForDownload(() -> page.locator("#ledger-download").click());
        byte[] file;
        try (var in = java.nio.file.Files.newInputStream(download.path());
                var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in);
                var out = new java.io.ByteArrayOutputStream()) {
            var sheet = book.getSheet("台账");
            org.assertj.core.api.Assertions.assertThat(
                            sheet.getRow(1).getCell(8).getStringCellValue())
                    .isEqualTo("滞后序时");
            org.assertj.core.api.Assertions.assertThat(sheet.isColumnHidden(9)).isTrue();
            sheet.getRow(2).getCell(1).setCellValue("深入推进数字化改革");
            book.write(out);
            file = out.toByteArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        page.locator("#ledger-upload input[type=file]")
                .setInputFiles(new com.microsoft.playwright.options.FilePayload(
                        "台账.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file));
        page.locator("#ledger-upload button").click();
        assertThat(page.locator("#ledger-diff ul.changed li")).hasCount(1);
        assertThat(page.locator("#ledger-diff ul.changed li")).containsText("工作内容");
        assertThat(page.locator("#ledger-diff ul.added li")).hasCount(0);
        page.locator("#ledger-commit").click();
        assertThat(page.locator(".notice.saved")).containsText("修改1项");
        page.navigate(base + "/plans/" + plan);
        assertThat(page.locator("main")).containsText("深入推进数字化改革");
        page.context().close();
    }

    private static void addTask(Page page, long plan, String number, String content, String find, String unit) {
        page.navigate(page.url().replaceAll("(https?://[^/]+).*", "$1") + "/plans/" + plan + "/tasks/new");
        page.locator("#task-form input[name=number]").fill(number);
        page.locator("#task-form textarea[name=content]").fill(content);
        page.locator("#task-form input[name=q]").fill(find);
        page.locator("#task-form button[name=find]").click();
        // The search kept what was typed and shows only the matching units.
        assertThat(page.locator("#task-form textarea[name=content]")).hasValue(content);
        assertThat(page.locator("#task-form select[name=leadUnits] option")).hasCount(1);
        page.locator("#task-form select[name=leadUnits]")
                .selectOption(new SelectOption()
                        .setLabel(page.locator("#task-form select[name=leadUnits] option")
                                .first()
                                .innerText()));
        assertThat(page.locator("#task-form select[name=leadUnits] option").first())
                .containsText(unit);
        page.locator("#task-form > button[type=submit]").click();
        assertThat(page.locator(".notice.saved")).isVisible();
    }
}
