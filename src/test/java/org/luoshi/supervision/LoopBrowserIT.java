package org.luoshi.supervision;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.luoshi.plan.PlanImporter;
import org.luoshi.progress.PeriodForm;
import org.luoshi.progress.Reporting;
import org.luoshi.support.Browser;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The loop in Chromium: a leader writes a 批示 on a lagging task, the unit sees the 督办单 on its work list and
 * replies, the office closes it; a unit declares a task 办结, the office closes it (销号) and the task is not on the
 * next period's work list.
 */
@IntegrationTest
class LoopBrowserIT {

    @RegisterExtension
    static final Browser browser = Browser.perClass();

    @Autowired
    TestData data;

    @Autowired
    PlanImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Reporting reporting;

    @LocalServerPort
    int port;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A task of the plan judged behind schedule (judging follows the import after its commit). */
    private long laggingTask(long planId, long except) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            var found = jdbc.sql("""
                            select j.task_id from judgement j join task t on t.id = j.task_id
                            where t.plan_id = :p and j.status = 'behind' and j.task_id <> :x
                            order by t.seq fetch first 1 rows only""")
                    .param("p", planId)
                    .param("x", except)
                    .query(Long.class)
                    .optional();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no lagging task judged");
    }

    private long leadUnit(long taskId) {
        return jdbc.sql("select unit_id from task_unit where task_id = :t and role = 'lead' order by seq "
                        + "fetch first 1 rows only")
                .param("t", taskId)
                .query(Long.class)
                .single();
    }

    @Test
    void aLeadersInstructionIsRepliedAndClosedAndAClosedTaskLeavesTheNextWorkList() throws Exception {
        long planId = LoopPlan.of(importer);
        long sewer = data.task(planId, "82");
        long lagging = laggingTask(planId, sewer);
        long laggingUnit = leadUnit(lagging);
        String office = data.user("lb-office", "OFFICE", "舟山市");
        String leader = data.user("lb-leader", "LEADER", "舟山市");
        String reporter = data.unitUser("lb-reporter-" + laggingUnit, "REPORTER", "舟山市", laggingUnit);
        long first = reporting.openPeriod(
                planId,
                new PeriodForm(
                        "三季度\uFF08浏览器\uFF09",
                        LocalDate.of(2019, 9, 30),
                        LocalDate.of(2019, 10, 10),
                        new BigDecimal("0.75")),
                data.as(office));

        // The leader writes an instruction on the lagging task.
        Page lead = browser.loggedIn(port, leader);
        lead.navigate(url("/tasks/" + lagging));
        lead.locator(".loop-link a").click();
        assertThat(lead.locator("#proposal .badge")).hasText("滞后序时");
        lead.getByText("写批示").click();
        lead.getByLabel("文号").fill("舟政办\u30142019\u301521号");
        lead.getByLabel("批示领导").fill("市长");
        lead.getByLabel("批示内容").fill("进度滞后\uFF0C请加快推进并每周报告");
        lead.getByLabel("办理期限").fill(LocalDate.now().plusDays(2).toString());
        lead.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("下发督办单"))
                .click();
        assertThat(lead.locator("#item-state")).hasText("待办理");
        String itemPath = lead.url().substring(lead.url().indexOf("/supervision/items/"));
        lead.context().close();

        // The unit sees it on its work list, yellow (due within three days), and replies.
        Page unit = browser.loggedIn(port, reporter);
        unit.navigate(url("/reporting/periods/" + first));
        var onList = unit.locator("#loop-panel li[data-signal=yellow] a");
        assertThat(onList.first()).containsText("进度滞后");
        onList.first().click();
        unit.getByLabel("办理反馈").fill("已召开专题会\uFF0C倒排工期");
        unit.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交反馈"))
                .click();
        assertThat(unit.locator("#item-state")).hasText("已反馈");
        assertThat(unit.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("办结")))
                .hasCount(0);

        // The office closes it.
        Page desk = browser.loggedIn(port, office);
        desk.navigate(url("/supervision"));
        desk.locator("#items a[href='" + itemPath + "']").click();
        desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("办结"))
                .click();
        assertThat(desk.locator("#item-state")).hasText("已办结");
        assertThat(desk.locator("ol.history li")).hasCount(2);
        Browser.screenshot(desk, "supervision-item");

        // The unit declares the task finished; the office checks it, with the proposal in view, and closes it.
        unit.navigate(url("/supervision/tasks/" + lagging));
        unit.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("申报办结"))
                .click();
        assertThat(unit.locator("p.error")).containsText("请填写内容");
        unit.getByLabel("佐证材料").fill("验收报告");
        unit.getByLabel("办结报告").fill("已全面完成年度目标");
        unit.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("申报办结"))
                .click();
        assertThat(unit.locator("#closure .badge").first()).hasText("已申报办结\uFF0C待销号");

        desk.navigate(url("/supervision"));
        desk.locator("#declared tr[data-task='" + lagging + "'] a").click();
        assertThat(desk.locator("#proposal")).containsText("滞后序时");
        desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("销号"))
                .click();
        assertThat(desk.locator("#closure")).containsText("已完成\uFF08已销号\uFF09");
        assertThat(desk.locator("#closure")).containsText(LocalDate.now().toString());
        Browser.screenshot(desk, "supervision-closed");
        desk.context().close();

        // The next period's work list has no slot for it.
        long next = reporting.openPeriod(
                planId,
                new PeriodForm(
                        "全年\uFF08浏览器\uFF09", LocalDate.of(2019, 12, 31), LocalDate.of(2020, 1, 10), BigDecimal.ONE),
                data.as(office));
        String content = jdbc.sql("select content from task where id = :t")
                .param("t", lagging)
                .query(String.class)
                .single();
        unit.navigate(url("/reporting/periods/" + first));
        assertThat(unit.locator("table.worklist")).not().containsText(content.substring(0, 12));
        unit.navigate(url("/reporting/periods/" + next));
        assertThat(unit.locator("main h1")).containsText("全年\uFF08浏览器\uFF09");
        assertThat(unit.locator("main")).not().containsText(content.substring(0, 12));
        unit.context().close();
    }

    @Test
    void theOfficeDraftsABulletinALeaderApprovesItAndOnceIssuedThePublicReadsIt() {
        long planId = LoopPlan.of(importer);
        String office = data.user("lb-office", "OFFICE", "舟山市");
        String leader = data.user("lb-leader", "LEADER", "舟山市");
        Page desk = browser.loggedIn(port, office);
        desk.navigate(url("/supervision/bulletins"));
        desk.locator("select[name=choice]").selectOption(planId + ":前三季度");
        desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("生成通报草稿"))
                .click();
        assertThat(desk.locator("#bulletin-state")).hasText("草稿");
        assertThat(desk.locator("section[data-kind=lagging] tr").first()).isVisible();
        desk.getByLabel("标题").fill("");
        desk.getByLabel("工作要求").fill("限期整改");
        desk.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("保存").setExact(true))
                .click();
        assertThat(desk.locator("p.error")).containsText("请填写内容");
        assertThat(desk.getByLabel("工作要求")).hasValue("限期整改");
        desk.getByLabel("标题").fill("关于前三季度重点工作落实情况的通报");
        desk.getByLabel("在政府信息公开门户公开").check();
        desk.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("保存").setExact(true))
                .click();
        assertThat(desk.locator("h1")).containsText("关于前三季度重点工作落实情况的通报");
        String bulletinPath = desk.url().substring(desk.url().indexOf("/supervision/bulletins/"));

        Page boss = browser.loggedIn(port, leader);
        boss.navigate(url(bulletinPath));
        boss.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("审批通过"))
                .click();
        assertThat(boss.locator("#bulletin-state")).hasText("已审批");
        boss.context().close();

        desk.navigate(url(bulletinPath));
        desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("印发"))
                .click();
        assertThat(desk.locator("#bulletin-state")).hasText("已印发");
        Browser.screenshot(desk, "supervision-bulletin");
        desk.context().close();

        Page anyone = browser.anonymous();
        anyone.navigate(url("/portal/bulletins"));
        var link = anyone.locator("main li a", new Page.LocatorOptions().setHasText("关于前三季度重点工作落实情况的通报"));
        assertThat(link).hasCount(1);
        var pdf = anyone.request().get(url(link.getAttribute("href")));
        org.assertj.core.api.Assertions.assertThat(pdf.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(pdf.headers().get("content-type"))
                .isEqualTo("application/pdf");
        anyone.context().close();
    }
}
