package org.luoshi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.plan.PlanImporter;
import org.luoshi.plan.Scope;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The overview at scale (issue 17) on a generated tree of its own (a province, three cities, 55 counties under the
 * first, five plans): each level shows its government and one page of those directly below it, with paging and a
 * search; every figure equals a direct recount from the judgements; a leader's scope is evaluated per request, so
 * that a government created after its login is on its next page.
 */
@IntegrationTest
class OverviewLevelsIT {

    private static final List<String> STATUSES =
            List.of("completed", "ahead", "behind", "at_risk", "no_data", "qualitative", "unclear");

    @Autowired
    TestData data;

    @Autowired
    PlanImporter importer;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    long province;
    long firstCity;

    @BeforeEach
    void tree() {
        province = government("990000", "测试省", "province", null);
        firstCity = government("990100", "测试一市", "city", province);
        long second = government("990200", "测试二市", "city", province);
        long third = government("990300", "测试三市", "city", province);
        for (int i = 1; i <= 55; i++) {
            government(String.format("9901%02d", i), String.format("测试一市%02d县", i), "county", firstCity);
        }
        government("990201", "测试二市甲县", "county", second);
        for (String name : List.of("测试省", "测试一市", "测试二市", "测试三市", "测试二市甲县")) {
            plan(name);
        }
        assertThat(third).isPositive();
    }

    @Test
    void eachLevelsFiguresEqualADirectRecountAndTheTotalsTheirSum() {
        FormLogin leader = new FormLogin(port, data.user("lv-leader", "LEADER", "测试省"));

        Document top = page(leader, "/overview?year=2022");
        assertThat(labels(top)).containsExactly("测试省", "测试一市", "测试二市", "测试三市");
        assertRecount(top, 4);
        assertThat(row(top, "测试一市").selectFirst("a.drill").text()).contains("55");
        assertThat(row(top, "测试三市").selectFirst("a.drill")).isNull();

        Document second = page(leader, row(top, "测试二市").selectFirst("a.drill").attr("href"));
        assertThat(labels(second)).containsExactly("测试二市", "测试二市甲县");
        assertRecount(second, 2);
    }

    @Test
    void aLevelIsPagedAndSearched() {
        FormLogin leader = new FormLogin(port, data.user("lv-leader", "LEADER", "测试省"));

        Document first = page(leader, "/overview?year=2022&at=" + firstCity);
        List<String> onFirst = labels(first);
        assertThat(onFirst).hasSize(51).startsWith("测试一市", "测试一市01县").endsWith("测试一市50县");
        Element next = first.selectFirst("nav.pager a.next-page");
        assertThat(next).isNotNull();

        Document last = page(leader, next.attr("href"));
        assertThat(labels(last)).containsExactly("测试一市", "测试一市51县", "测试一市52县", "测试一市53县", "测试一市54县", "测试一市55县");
        assertThat(last.selectFirst("nav.pager a.next-page")).isNull();
        assertThat(last.selectFirst("nav.pager a.first-page")).isNotNull();

        Document found = page(leader, "/overview?year=2022&at=" + firstCity + "&q=" + "990107");
        assertThat(labels(found)).containsExactly("测试一市", "测试一市07县");
        Document none = page(leader, "/overview?year=2022&at=" + firstCity + "&q=%25");
        assertThat(labels(none)).containsExactly("测试一市");
        assertThat(none.text()).contains("没有符合“%”的下级政府");
    }

    @Test
    void aLeadersScopeSeesAGovernmentCreatedAfterItsLogin() {
        FormLogin leader = new FormLogin(port, data.user("lv-leader-late", "LEADER", "测试省"));
        assertThat(labels(page(leader, "/overview"))).doesNotContain("测试新设市");

        long created = government("990400", "测试新设市", "city", province);

        assertThat(labels(page(leader, "/overview"))).contains("测试新设市");
        assertThat(page(leader, "/overview?at=" + created)
                        .selectFirst("nav.crumbs")
                        .text())
                .contains("测试省", "测试新设市");
        // and another province's leader does not see it, nor reach it by its id
        jdbc.sql("""
                insert into government (code, name, level, parent_id)
                select '980000', '另测省', 'province', null where not exists (select 1 from government where code = '980000')""").update();
        FormLogin other = new FormLogin(port, data.user("lv-other", "LEADER", "另测省"));
        Document theirs = page(other, "/overview?at=" + created);
        assertThat(labels(theirs)).containsExactly("另测省");
    }

    private void assertRecount(Document page, int rows) {
        List<Element> body = page.select("#overview-chart tbody tr");
        assertThat(body).hasSize(rows);
        int[] sums = new int[STATUSES.size()];
        int tasks = 0;
        for (Element row : body) {
            if (row.attr("data-plan").isEmpty()) {
                assertThat(row.text()).contains("未导入计划");
                continue;
            }
            long plan = Long.parseLong(row.attr("data-plan"));
            long period = jdbc.sql("""
                            select id from reporting_period where plan_id = :plan
                            order by end_date desc, id desc fetch first 1 rows only""").param("plan", plan).query(Long.class).single();
            int n = count("select count(*) from judgement where period_id = :p", period, null);
            assertThat(Integer.parseInt(row.selectFirst("td.tasks").text())).isEqualTo(n);
            tasks += n;
            for (int i = 0; i < STATUSES.size(); i++) {
                int c = count(
                        "select count(*) from judgement where period_id = :p and coalesce(override_status, status) = :s",
                        period,
                        STATUSES.get(i));
                assertThat(row.selectFirst("td[data-status=" + STATUSES.get(i) + "]")
                                .attr("data-value"))
                        .as(row.attr("data-label") + " " + STATUSES.get(i))
                        .isEqualTo(String.valueOf(c));
                sums[i] += c;
            }
        }
        assertThat(tasks).isPositive();
        Element totals = page.selectFirst("#overview-chart tfoot tr");
        assertThat(Integer.parseInt(totals.selectFirst("td.tasks").text())).isEqualTo(tasks);
        for (int i = 0; i < STATUSES.size(); i++) {
            assertThat(totals.selectFirst("td[data-status=" + STATUSES.get(i) + "]")
                            .attr("data-value"))
                    .isEqualTo(String.valueOf(sums[i]));
        }
    }

    private int count(String sql, long period, String status) {
        var q = jdbc.sql(sql).param("p", period);
        if (status != null) {
            q = q.param("s", status);
        }
        return q.query(Integer.class).single();
    }

    private long government(String code, String name, String level, Long parent) {
        jdbc.sql("""
                insert into government (code, name, level, parent_id)
                select :code, :name, :level, cast(:parent as bigint) where not exists (select 1 from government where code = :code)""")
                .param("code", code)
                .param("name", name)
                .param("level", level)
                .param("parent", parent)
                .update();
        return jdbc.sql("select id from government where code = :code")
                .param("code", code)
                .query(Long.class)
                .single();
    }

    private void plan(String government) {
        String text = new String(TestData.sample(), StandardCharsets.UTF_8).replace("舟山市人民政府", government + "人民政府");
        importer.commit(
                government + "-2022.txt",
                text.getBytes(StandardCharsets.UTF_8),
                government,
                2022,
                "test",
                Scope.everything());
    }

    private static Document page(FormLogin session, String path) {
        var response = session.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    private static List<String> labels(Document page) {
        return page.select("#overview-chart tbody tr").stream()
                .map(r -> r.attr("data-label"))
                .toList();
    }

    private static Element row(Document page, String government) {
        Element row = page.selectFirst("#overview-chart tbody tr[data-label=" + government + "]");
        assertThat(row).as(government).isNotNull();
        return row;
    }
}
