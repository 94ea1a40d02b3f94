package org.luoshi.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.luoshi.support.Browser;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The shell on a desktop in Chromium: the side navigation by role, and the task table sorted and paged. */
@IntegrationTest
class ShellBrowserIT {

    @RegisterExtension
    static final Browser browser = Browser.perClass();

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private static List<String> sideLinks(Page page) {
        assertThat(page.locator("#side-nav")).isVisible();
        return page.locator("#side-nav a").allInnerTexts().stream()
                .map(String::strip)
                .toList();
    }

    @Test
    void theSideNavigationShowsWhatEachRoleMayUse() {
        data.zhoushanPlan();
        Page office = browser.loggedIn(port, data.user("shell-office", "OFFICE", "舟山市"));
        // The office lands on its latest plan (landing by role), not on the list of plans.
        assertThat(office).hasURL(Pattern.compile(".*/plans/\\d+$"));
        org.assertj.core.api.Assertions.assertThat(sideLinks(office))
                .containsExactly(
                        "下级政府总览",
                        "计划",
                        "单位",
                        "导入文档",
                        "进展填报",
                        "督查督办",
                        "信息发布",
                        "政府信息公开门户",
                        "审计日志",
                        "后台任务",
                        "通知渠道",
                        "修改密码",
                        "API 令牌",
                        "API 文档");
        org.assertj.core.api.Assertions.assertThat(
                        office.locator("#side-nav h2").allInnerTexts())
                .containsExactly("工作台", "计划任务", "进展填报", "信息公开", "系统管理", "账号");
        // On a plan the plans section stays marked; on the list of plans the link is the page itself.
        assertThat(office.locator("#side-nav a[aria-current]")).hasText("计划");
        assertThat(office.locator("#side-nav a[aria-current]")).hasAttribute("aria-current", "true");
        office.navigate("http://localhost:" + port + "/plans");
        assertThat(office.locator("h1")).hasText("计划列表");
        assertThat(office.locator("#side-nav a[aria-current]")).hasText("计划");
        assertThat(office.locator("#side-nav a[aria-current]")).hasAttribute("aria-current", "page");
        assertThat(office.locator("label.menu-button")).isHidden();
        assertThat(office.locator(".topbar .user")).hasText("shell-office");
        Browser.screenshot(office, "shell-office");

        // Deeper in a section, the section stays marked.
        office.locator("#side-nav")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("审计日志"))
                .click();
        assertThat(office.locator("h1")).hasText("审计日志");
        assertThat(office.locator("#side-nav a[aria-current]")).hasText("审计日志");
        assertThat(office.locator("nav.crumbs")).containsText("系统管理");
        office.context().close();

        Page reporter = browser.loggedIn(port, data.user("shell-reporter", "REPORTER", "舟山市"));
        org.assertj.core.api.Assertions.assertThat(sideLinks(reporter))
                .containsExactly("计划", "进展填报", "督查督办", "政府信息公开门户", "修改密码", "API 令牌", "API 文档");
        reporter.context().close();

        Page leader = browser.loggedIn(port, data.user("shell-leader", "LEADER", "浙江省"));
        org.assertj.core.api.Assertions.assertThat(sideLinks(leader))
                .containsExactly("下级政府总览", "计划", "单位", "进展填报", "督查督办", "信息发布", "政府信息公开门户", "修改密码", "API 令牌", "API 文档");
        Browser.screenshot(leader, "shell-leader");
        leader.context().close();
    }

    @Test
    void theTaskTableSortsByNumberDescendingAndKeepsItWhenPagingAndFiltering() {
        long planId = data.zhoushanPlan();
        List<String> descending = jdbc.sql("select number from task where plan_id = :p order by seq desc")
                .param("p", planId)
                .query(String.class)
                .list();
        Page page = browser.loggedIn(port, data.user("shell-sorter", "OFFICE", "舟山市"));
        page.navigate("http://localhost:" + port + "/plans/" + planId);
        Locator number = page.locator("table.tasks thead th").first();
        assertThat(number).hasAttribute("aria-sort", "ascending");

        number.getByRole(AriaRole.LINK).click();

        assertThat(number).hasAttribute("aria-sort", "descending");
        org.assertj.core.api.Assertions.assertThat(page.url())
                .contains("sort=number")
                .contains("dir=desc");
        assertThat(page.locator("table.tasks tbody tr").first().locator("td.num"))
                .hasText(descending.get(0));
        Browser.screenshot(page, "plan-sorted-desc");

        page.locator("nav.pager")
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName("2").setExact(true))
                .click();

        org.assertj.core.api.Assertions.assertThat(page.url())
                .contains("sort=number")
                .contains("dir=desc")
                .contains("page=2");
        assertThat(page.locator("table.tasks thead th").first()).hasAttribute("aria-sort", "descending");
        assertThat(page.locator("table.tasks tbody tr").first().locator("td.num"))
                .hasText(descending.get(20));

        page.getByLabel("关键词").fill("项目");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("筛选"))
                .click();
        org.assertj.core.api.Assertions.assertThat(page.url())
                .contains("sort=number")
                .contains("dir=desc");
        assertThat(page.locator("table.tasks thead th").first()).hasAttribute("aria-sort", "descending");
        page.context().close();
    }
}
