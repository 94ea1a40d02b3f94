package org.luoshi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.plan.PlanImporter;
import org.luoshi.plan.Scope;
import org.luoshi.support.Http;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The combined view of the governments below (/overview): each row's figures equal a roll-up computed here in plain
 * SQL, the totals row is their sum, and each user sees only the governments of its scope.
 */
@IntegrationTest
class OverviewIT {

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

    long city;
    long district;

    @BeforeEach
    void plans() {
        city = data.zhoushanPlan();
        district = putuoPlan(importer, jdbc);
    }

    /**
     * The sample rewritten as 普陀区's 2022 first-half report and imported for 普陀区, a district below 舟山市 that only these
     * tests use (created here once; the import is idempotent), so that the city's and the district's latest periods
     * differ (前三季度, 上半年).
     */
    static long putuoPlan(PlanImporter importer, JdbcClient jdbc) {
        jdbc.sql("""
                insert into government (code, name, level, parent_id)
                select '330903', '普陀区', 'district', id from government where code = '330900'
                  and not exists (select 1 from government where code = '330903')""").update();
        String text = new String(TestData.sample(), StandardCharsets.UTF_8)
                .replace("前三季度", "上半年")
                .replace("三季度进展情况", "上半年进展情况")
                .replace("舟山市人民政府", "普陀区人民政府")
                .replace("市政府工作报告重点工作", "区政府工作报告重点工作");
        return importer.commit(
                        "putuo-2022-h1.txt",
                        text.getBytes(StandardCharsets.UTF_8),
                        "普陀区",
                        2022,
                        "test",
                        Scope.everything())
                .planId();
    }

    @Test
    void aProvincialLeaderDrillsDownTheTreeWithTheFiguresOfASqlRollupAtEachLevel() {
        String leader = data.user("ov-leader", "LEADER", "浙江省");
        Document province = page(leader, "/overview?year=2022");

        List<Element> top = province.select("#overview-chart tbody tr");
        assertThat(top.get(0).attr("data-label")).isEqualTo("浙江省");
        assertThat(top).extracting(r -> r.attr("data-label")).contains("舟山市").doesNotContain("普陀区");
        assertThat(row(province, "舟山市").attr("data-plan")).isEqualTo(String.valueOf(city));
        assertThat(row(province, "舟山市").selectFirst("th").hasClass("indent-1")).isTrue();
        assertSumsOfRows(province, 119);

        Element down = row(province, "舟山市").selectFirst("a.drill");
        assertThat(down).isNotNull();
        assertThat(down.text()).contains("下级");
        Document cityLevel = page(leader, down.attr("href"));
        List<Element> rows = cityLevel.select("#overview-chart tbody tr");
        assertThat(rows).extracting(r -> r.attr("data-label")).startsWith("舟山市").contains("普陀区");
        assertThat(cityLevel.select("nav.crumbs a.level-up"))
                .extracting(Element::text)
                .containsExactly("浙江省");
        assertThat(row(cityLevel, "普陀区").attr("data-plan")).isEqualTo(String.valueOf(district));
        assertThat(row(cityLevel, "舟山市").selectFirst("td.shown-period").text()).isEqualTo("前三季度");
        assertThat(row(cityLevel, "普陀区").selectFirst("td.shown-period").text()).isEqualTo("上半年");
        assertThat(row(cityLevel, "普陀区").selectFirst("th").hasClass("indent-1")).isTrue();
        assertThat(cityLevel.text()).contains("各计划的最新报告期间不同");
        assertSumsOfRows(cityLevel, 238);
    }

    private void assertSumsOfRows(Document page, int atLeastTasks) {
        Sums sums = new Sums();
        for (Element row : page.select("#overview-chart tbody tr")) {
            if (row.attr("data-plan").isEmpty()) {
                assertThat(row.text()).contains("未导入计划");
                continue;
            }
            Sql sql = rollup(Long.parseLong(row.attr("data-plan")));
            assertFigures(row, sql);
            sums.add(sql);
        }
        assertThat(sums.tasks).isGreaterThanOrEqualTo(atLeastTasks);
        Element totals = page.selectFirst("#overview-chart tfoot tr");
        assertFigures(totals, sums.asSql());
        assertThat(totals.selectFirst("th").text()).contains(sums.governments + " 个政府");
    }

    @Test
    void theLinksLeadToEachPlansDashboardForThePeriodShown() {
        Document page = page(data.user("ov-leader", "LEADER", "浙江省"), "/overview?year=2022&at=" + zhoushan());

        assertThat(row(page, "普陀区").selectFirst("a.dashboard-link").attr("href"))
                .isEqualTo("/plans/" + district + "/dashboard?period=" + Http.encode("上半年"));
        assertThat(row(page, "舟山市").selectFirst("a.plan-link").text()).isEqualTo("2022年市政府工作报告重点工作");
    }

    @Test
    void aPeriodChosenByLabelLeavesPlansWithoutItAsAnEmptyState() {
        Document page = page(
                data.user("ov-leader", "LEADER", "浙江省"),
                "/overview?year=2022&at=" + zhoushan() + "&period=" + Http.encode("上半年"));

        assertThat(row(page, "舟山市").text()).contains("该计划没有“上半年”报告期间");
        assertThat(row(page, "舟山市").select("td[data-status]")).isEmpty();
        assertThat(row(page, "普陀区").selectFirst("td.shown-period").text()).isEqualTo("上半年");
        assertFigures(row(page, "普陀区"), rollup(district));
    }

    @Test
    void aYearWithoutPlansListsEveryGovernmentAsNotImported() {
        Document page = page(data.user("ov-leader", "LEADER", "浙江省"), "/overview?year=1999");

        assertThat(page.select("#overview-chart tbody tr"))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.text()).contains("未导入计划"));
        assertThat(page.select("#overview-chart tfoot")).isEmpty();
        assertThat(page.select("#overview-chart .chart")).isEmpty();
    }

    @Test
    void aDistrictLeaderDoesNotSeeTheCity() {
        Document page = page(data.user("ov-leader-pt", "LEADER", "普陀区"), "/overview");

        assertThat(page.select("#overview-chart tbody tr"))
                .extracting(r -> r.attr("data-label"))
                .containsExactly("普陀区");
        assertFigures(row(page, "普陀区"), rollup(district));
        assertThat(page.text()).doesNotContain("舟山市").doesNotContain("2022年市政府工作报告重点工作");
    }

    @Test
    void anOfficeOfAnotherProvinceSeesNothingOfThese() {
        jdbc.sql("""
                insert into government (code, name, level, parent_id)
                select '320000', '江苏省', 'province', null from government where code = '330000'
                  and not exists (select 1 from government where code = '320000')""").update();
        Document page = page(data.user("ov-jiangsu", "OFFICE", "江苏省"), "/overview");

        assertThat(page.text())
                .contains("您可查看的政府尚未导入任何计划")
                .doesNotContain("舟山市")
                .doesNotContain("普陀区");
        assertThat(page.select("#overview-chart tbody tr"))
                .singleElement()
                .satisfies(r -> assertThat(r.text()).contains("江苏省").contains("未导入计划"));
    }

    @Test
    void theCitysOfficeSeesItsOwnGovernmentOnly() {
        Document page = page(data.user("ov-office", "OFFICE", "舟山市"), "/overview?year=2022");

        assertThat(page.select("#overview-chart tbody tr"))
                .extracting(r -> r.attr("data-label"))
                .containsExactly("舟山市");
        assertFigures(row(page, "舟山市"), rollup(city));
    }

    @Test
    void reportersAndApproversAreRefusedAndVisitorsSentToLogin() {
        long unit = data.leadUnit(city, "1");
        for (String user : List.of(
                data.unitUser("ov-reporter", "REPORTER", "舟山市", unit),
                data.unitUser("ov-approver", "APPROVER", "舟山市", unit))) {
            assertThat(Http.as(port, user).get("/overview").statusCode())
                    .as(user)
                    .isEqualTo(403);
        }
        assertThat(Http.anonymous(port).get("/overview").statusCode()).isEqualTo(302);
        assertThat(Http.as(port, data.user("ov-admin", "ADMIN", null))
                        .get("/overview")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void aYearThatIsNoYearIsRefusedWithAMessage() {
        var response =
                Http.as(port, data.user("ov-leader", "LEADER", "浙江省")).get("/overview?year=" + Http.encode("<b>x</b>"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .contains("年度应为四位数字")
                .contains("&lt;b&gt;x&lt;/b&gt;")
                .doesNotContain("<b>x</b>");
    }

    @Test
    void speaksEnglishOnRequest() {
        Document page = page(data.user("ov-leader", "LEADER", "浙江省"), "/overview?year=2022&lang=en");

        assertThat(page.text())
                .contains("Governments overview", "No plan imported", "Behind or at risk", "Total (")
                .contains("Search this level", "below");
        Document city = page(data.user("ov-leader", "LEADER", "浙江省"), "/overview?year=2022&lang=en&at=" + zhoushan());
        assertThat(city.text()).contains("The plans' latest periods differ", "governments below per page");
    }

    @Test
    void theDashboardLinksLeadersToTheOverview() {
        String link = "href=\"/overview?year=2022\"";

        assertThat(Http.as(port, data.user("ov-leader", "LEADER", "浙江省"))
                        .get("/plans/" + city + "/dashboard")
                        .body())
                .contains(link)
                .contains("下级政府总览");
        assertThat(Http.as(port, data.user("ov-office", "OFFICE", "舟山市"))
                        .get("/plans/" + city + "/dashboard")
                        .body())
                .doesNotContain(link);
    }

    // --- the roll-up in plain SQL, independent of the production code

    /** One plan's latest period, rolled up directly from the tables. */
    record Sql(int tasks, Map<String, Integer> byStatus, int reported, int judged, int onSchedule, int missing) {}

    private Sql rollup(long planId) {
        long period = jdbc.sql(
                        "select id from reporting_period where plan_id = :p order by end_date desc, id desc fetch first 1 rows only")
                .param("p", planId)
                .query(Long.class)
                .single();
        Map<String, Integer> byStatus = new HashMap<>();
        jdbc.sql("""
                        select coalesce(override_status, status) as s, count(*) as n from judgement where period_id = :period
                        group by coalesce(override_status, status)""")
                .param("period", period)
                .query((rs, i) -> byStatus.put(rs.getString("s"), rs.getInt("n")))
                .list();
        int tasks = count("select count(*) from judgement where period_id = :period", period);
        int reported = count("""
                select count(*) from judgement j where j.period_id = :period and exists (select 1 from progress_entry pe
                where pe.task_id = j.task_id and pe.period_id = j.period_id and pe.text <> '')""", period);
        int judged = count("""
                select count(*) from judgement where period_id = :period
                and coalesce(override_status, status) not in ('no_data', 'unclear')""", period);
        int onSchedule = count("""
                select count(*) from judgement where period_id = :period
                and coalesce(override_status, status) in ('completed', 'ahead', 'qualitative')""", period);
        int missing = count(
                "select count(*) from period_finding where period_id = :period and kind = 'missing-report'", period);
        return new Sql(tasks, byStatus, reported, judged, onSchedule, missing);
    }

    private int count(String sql, long period) {
        return jdbc.sql(sql).param("period", period).query(Integer.class).single();
    }

    private static final class Sums {
        int governments;
        int tasks;
        final Map<String, Integer> byStatus = new HashMap<>();
        int reported;
        int judged;
        int onSchedule;
        int missing;

        void add(Sql s) {
            governments++;
            tasks += s.tasks();
            s.byStatus().forEach((k, v) -> byStatus.merge(k, v, Integer::sum));
            reported += s.reported();
            judged += s.judged();
            onSchedule += s.onSchedule();
            missing += s.missing();
        }

        Sql asSql() {
            return new Sql(tasks, byStatus, reported, judged, onSchedule, missing);
        }
    }

    private static void assertFigures(Element row, Sql sql) {
        String name = row.attr("data-label");
        assertThat(Integer.parseInt(row.selectFirst("td.tasks").text()))
                .as(name)
                .isEqualTo(sql.tasks());
        for (String s : STATUSES) {
            assertThat(Integer.parseInt(
                            row.selectFirst("td[data-status=" + s + "]").attr("data-value")))
                    .as(name + " " + s)
                    .isEqualTo(sql.byStatus().getOrDefault(s, 0));
        }
        assertThat(Integer.parseInt(row.selectFirst("td.lagging").text()))
                .as(name)
                .isEqualTo(sql.byStatus().getOrDefault("behind", 0)
                        + sql.byStatus().getOrDefault("at_risk", 0));
        assertThat(Integer.parseInt(row.selectFirst("td.missing").text()))
                .as(name)
                .isEqualTo(sql.missing());
        assertThat(new BigDecimal(row.selectFirst("td.on-time").attr("data-value")).doubleValue())
                .as(name)
                .isCloseTo((double) sql.reported() / sql.tasks(), within(0.00005));
        assertThat(new BigDecimal(row.selectFirst("td.on-schedule").attr("data-value")).doubleValue())
                .as(name)
                .isCloseTo((double) sql.onSchedule() / sql.judged(), within(0.00005));
    }

    private long zhoushan() {
        return jdbc.sql("select id from government where code = '330900'")
                .query(Long.class)
                .single();
    }

    private Document page(String user, String path) {
        var response = Http.as(port, user).get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    private static Element row(Document page, String government) {
        Element row = page.selectFirst("#overview-chart tbody tr[data-label=" + government + "]");
        assertThat(row).as(government).isNotNull();
        return row;
    }
}
