package org.luoshi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.luoshi.account.LuoshiUser;
import org.luoshi.judgement.Overrides;
import org.luoshi.plan.PlanImporter;
import org.luoshi.plan.Scope;
import org.luoshi.progress.PeriodForm;
import org.luoshi.progress.ProgressReport;
import org.luoshi.progress.Reporting;
import org.luoshi.support.Http;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The unit pages and the task page's audit, against the real database and server. */
@IntegrationTest
class UnitPagesIT {

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Reporting reporting;

    @Autowired
    Overrides overrides;

    @Autowired
    PlanImporter importer;

    @Autowired
    UserDetailsService users;

    @LocalServerPort
    int port;

    /** One period's figures of a unit: tasks it leads, reported ones, on-schedule ones and judged ones. */
    record Rate(int tasks, BigDecimal onTime, BigDecimal onSchedule) {}

    /** The unit's rates computed here from the stored judgements and progress, period label → rate. */
    private Map<String, Rate> sqlRates(long planId, long unitId) {
        Map<String, Rate> rates = new LinkedHashMap<>();
        jdbc.sql("""
                        select rp.label, count(distinct j.task_id) as tasks,
                               count(distinct case when pe.text <> '' then j.task_id end) as reported,
                               count(distinct case when coalesce(j.override_status, j.status)
                                                   in ('completed', 'ahead', 'qualitative') then j.task_id end) as good,
                               count(distinct case when coalesce(j.override_status, j.status)
                                                   not in ('no_data', 'unclear', 'not_reported') then j.task_id end)
                                   as judged
                        from reporting_period rp
                        join judgement j on j.period_id = rp.id
                        join task_unit tu on tu.task_id = j.task_id and tu.role = 'lead' and tu.unit_id = :unit
                        left join progress_entry pe on pe.task_id = j.task_id and pe.period_id = j.period_id
                        where rp.plan_id = :plan
                        group by rp.id, rp.label""")
                .param("plan", planId)
                .param("unit", unitId)
                .query((rs, i) -> rates.put(
                        rs.getString("label"),
                        new Rate(
                                rs.getInt("tasks"),
                                share(rs.getInt("reported"), rs.getInt("tasks")),
                                rs.getInt("judged") == 0 ? null : share(rs.getInt("good"), rs.getInt("judged")))))
                .list();
        return rates;
    }

    private static BigDecimal share(int part, int whole) {
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    /** The rates table of a unit page, period label → rate; periods where the unit leads nothing are left out. */
    private static Map<String, Rate> shownRates(Document page) {
        Map<String, Rate> rates = new LinkedHashMap<>();
        for (Element row : page.select("#rates tbody tr")) {
            int tasks = Integer.parseInt(row.select("td").get(1).text());
            if (tasks > 0) {
                rates.put(
                        row.attr("data-period"),
                        new Rate(
                                tasks,
                                number(row.selectFirst("td.on-time")),
                                number(row.selectFirst("td.on-schedule"))));
            }
        }
        return rates;
    }

    private static BigDecimal number(Element cell) {
        String v = cell.attr("data-value");
        return v.isEmpty() ? null : new BigDecimal(v).setScale(4, RoundingMode.HALF_UP);
    }

    private Document get(Http http, String path) {
        var response = http.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    private LuoshiUser as(String username) {
        return (LuoshiUser) users.loadUserByUsername(username);
    }

    @Test
    void everyUnitsRatesEqualTheRollUpComputedInSql() {
        long planId = data.zhoushanPlan();
        Http office = Http.as(port, data.user("units-office", "OFFICE", "舟山市"));
        List<Long> leads = jdbc.sql("""
                        select distinct tu.unit_id from task_unit tu join task t on t.id = tu.task_id
                        where t.plan_id = :plan and tu.role = 'lead' order by tu.unit_id""").param("plan", planId).query(Long.class).list();
        assertThat(leads).hasSizeGreaterThan(20);

        List<String> checked = new ArrayList<>();
        for (long unit : leads) {
            Map<String, Rate> expected = sqlRates(planId, unit);
            Document page = get(office, "/units/" + unit + "?plan=" + planId);
            assertThat(shownRates(page)).as("unit " + unit).isEqualTo(expected).isNotEmpty();
            checked.add(page.selectFirst("h1").text());
        }
        // Not every unit is at 100 %: the comparison covers different values.
        assertThat(leads.stream()
                        .map(u -> sqlRates(planId, u).get("前三季度").onSchedule())
                        .distinct()
                        .count())
                .isGreaterThan(2);
        assertThat(checked).contains("市财政局");
    }

    @Test
    void ratesFollowANewPeriodWithAnAcceptedReportAndAnOverride() {
        long planId = data.reportingPlan();
        long task = data.task(planId, "82");
        long unit = data.leadUnit(planId, "82");
        data.user("units-wf-office", "OFFICE", "舟山市");
        data.unitUser("units-wf-reporter", "REPORTER", "舟山市", unit);
        data.unitUser("units-wf-approver", "APPROVER", "舟山市", unit);
        long periodId = reporting.openPeriod(
                planId,
                new PeriodForm("全年(单位页)", LocalDate.of(2022, 12, 31), LocalDate.of(2023, 1, 10), BigDecimal.ONE),
                as("units-wf-office"));
        long reportId = jdbc.sql(
                        "select id from progress_report where period_id = :p and task_id = :t and unit_id = :u")
                .param("p", periodId)
                .param("t", task)
                .param("u", unit)
                .query(Long.class)
                .single();

        ProgressReport r = reporting.submit(reportId, 0, "全年新建改建污水管网13公里,完成投资1.2亿元。", "", as("units-wf-reporter"));
        r = reporting.approve(reportId, r.version(), as("units-wf-approver"));
        reporting.accept(reportId, r.version(), as("units-wf-office"));
        overrides.override(task, periodId, "at_risk", "现场核查:雨污分流改造尚未完工", as("units-wf-office"));

        Http office = Http.as(port, "units-wf-office");
        Document page = get(office, "/units/" + unit + "?plan=" + planId + "&period=" + Http.encode("全年(单位页)"));
        Map<String, Rate> expected = sqlRates(planId, unit);
        assertThat(expected).containsKeys("前三季度", "全年(单位页)");
        assertThat(shownRates(page)).isEqualTo(expected);
        Element row = page.select("#unit-tasks tr[data-task=" + task + "]").first();
        assertThat(row).isNotNull();
        assertThat(row.text()).contains("13公里").contains("存在风险").contains("已调整");

        // The task page's audit: the override with its reason, newest first, then the accepted report.
        Document taskPage = get(office, "/tasks/" + task);
        List<String> actions = taskPage.select("#history tbody tr").eachAttr("data-action");
        assertThat(actions)
                .containsSubsequence(
                        "judgement.override", "report.accept", "report.approve", "report.submit", "plan.import");
        Element override =
                taskPage.select("#history tr[data-action=judgement.override]").first();
        assertThat(override.text())
                .contains("调整研判状态")
                .contains("现场核查:雨污分流改造尚未完工")
                .contains("units-wf-office");
        Element accepted =
                taskPage.select("#history tr[data-action=report.accept]").first();
        // the states in words (issue 15 item 5), not the codes "approved → accepted"
        assertThat(accepted.text())
                .contains("进展报告")
                .contains("采纳")
                .contains("单位已审核 → 已采纳")
                .doesNotContain("approved");
        assertThat(taskPage.select("dd.units a").eachAttr("href")).contains("/units/" + unit);

        // A reporter sees the reports of its own unit in the audit, not those of other units.
        Http own = Http.as(port, "units-wf-reporter");
        assertThat(get(own, "/tasks/" + task).select("#history tbody tr").eachAttr("data-action"))
                .contains("report.accept", "judgement.override");
        long otherUnit = data.leadUnit(planId, "1");
        assertThat(otherUnit).isNotEqualTo(unit);
        Http other = Http.as(port, data.unitUser("units-wf-other", "REPORTER", "舟山市", otherUnit));
        Document seenByOther = get(other, "/tasks/" + task);
        assertThat(seenByOther.select("#history tbody tr").eachAttr("data-action"))
                .contains("judgement.override")
                .noneMatch(a -> a.startsWith("report."));
        assertThat(seenByOther.select("dd.units a")).isEmpty();
    }

    @Test
    void whoMaySeeAUnitPage() {
        long planId = data.zhoushanPlan();
        long finance = data.leadUnit(planId, "1");
        long other = data.leadUnit(planId, "119");
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put(data.user("units-mx-admin", "ADMIN", null), 200);
        expected.put(data.user("units-mx-office", "OFFICE", "舟山市"), 200);
        expected.put(data.user("units-mx-leader", "LEADER", "浙江省"), 200);
        expected.put(data.user("units-mx-dinghai", "OFFICE", "定海区"), 404);
        expected.put(data.user("units-mx-leader-dh", "LEADER", "定海区"), 404);
        expected.put(data.unitUser("units-mx-reporter", "REPORTER", "舟山市", finance), 200);
        expected.put(data.unitUser("units-mx-approver", "APPROVER", "舟山市", finance), 200);
        expected.put(data.unitUser("units-mx-reporter-other", "REPORTER", "舟山市", other), 404);
        expected.put(data.unitUser("units-mx-approver-other", "APPROVER", "舟山市", other), 404);

        Map<String, Integer> actual = new LinkedHashMap<>();
        expected.keySet()
                .forEach(user -> actual.put(
                        user, Http.as(port, user).get("/units/" + finance).statusCode()));

        assertThat(actual).isEqualTo(expected);
        assertThat(Http.anonymous(port).get("/units/" + finance).statusCode()).isEqualTo(302);
        assertThat(Http.anonymous(port).get("/units").statusCode()).isEqualTo(302);
    }

    @Test
    void theTaskListIsTheUnitsTaskLinksWithLeadAndCoMarked() {
        // The sample names lead units only; this small plan gives 市财政局 tasks it leads and tasks it shares.
        long planId = importer.commit(
                        "units.csv",
                        """
                序号,工作内容,责任单位,进展情况
                1,建成茶山大桥。,"市交通局★、市财政局、定海区",已完工。
                2,新增就业。,"市人社局(牵头),市财政局",已完成。
                3,一般公共预算收入增长7%。,市财政局,已完成。
                4,建成海上花园城市展示馆。,市建设局,已完成。
                """.getBytes(StandardCharsets.UTF_8),
                        "舟山市",
                        // A year no other test uses: others read the 全年 periods of 2016 and 2018.
                        2013,
                        "test",
                        Scope.everything(),
                        org.luoshi.job.Progress.NONE,
                        // The file names no period, and a document with progress must be given one.
                        new org.luoshi.plan.ImportPeriod("全年", java.time.LocalDate.of(2013, 12, 31), BigDecimal.ONE))
                .planId();
        long unit = data.leadUnit(data.zhoushanPlan(), "1");
        List<Long> all = jdbc.sql("""
                        select t.id from task t where t.plan_id = :plan
                          and exists (select 1 from task_unit tu where tu.task_id = t.id and tu.unit_id = :unit)
                        order by t.seq""")
                .param("plan", planId)
                .param("unit", unit)
                .query(Long.class)
                .list();
        List<Long> led = jdbc.sql("""
                        select t.id from task t where t.plan_id = :plan and exists (select 1 from task_unit tu
                          where tu.task_id = t.id and tu.unit_id = :unit and tu.role = 'lead') order by t.seq""")
                .param("plan", planId)
                .param("unit", unit)
                .query(Long.class)
                .list();
        assertThat(all).hasSize(3);
        assertThat(led).hasSize(1);
        Http leader = Http.as(port, data.user("units-leader", "LEADER", "浙江省"));

        Document page = get(leader, "/units/" + unit + "?plan=" + planId);

        List<Long> shown = page.select("#unit-tasks tbody tr").eachAttr("data-task").stream()
                .map(Long::valueOf)
                .toList();
        List<Long> shownLed = page.select("#unit-tasks tbody tr:has(.badge.lead)").eachAttr("data-task").stream()
                .map(Long::valueOf)
                .toList();
        assertThat(shown).isEqualTo(all);
        assertThat(shownLed).isEqualTo(led);
        assertThat(page.select("#unit-tasks tbody tr:has(.badge.co)")).hasSize(2);
        assertThat(page.select("select[name=plan] option[selected]").attr("value"))
                .isEqualTo(Long.toString(planId));
        // Without ?plan= the page shows the latest plan of the unit's government, where it leads the sample's tasks.
        long latest = data.zhoushanPlan();
        Document byDefault = get(leader, "/units/" + unit);
        assertThat(byDefault.select("select[name=plan] option[selected]").attr("value"))
                .isEqualTo(Long.toString(latest));
        assertThat(byDefault.select("#unit-tasks tbody tr").eachAttr("data-task").stream()
                        .map(Long::valueOf)
                        .toList())
                .isEqualTo(jdbc.sql("""
                                select t.id from task t where t.plan_id = :plan and exists (select 1 from task_unit tu
                                  where tu.task_id = t.id and tu.unit_id = :unit) order by t.seq""")
                        .param("plan", latest)
                        .param("unit", unit)
                        .query(Long.class)
                        .list());
    }

    @Test
    void theUnitListShowsTheUnitsInScopeWithTheirTaskCounts() {
        long planId = data.zhoushanPlan();
        long finance = data.leadUnit(planId, "1");
        int led = jdbc.sql("select count(distinct tu.task_id) from task_unit tu join task t on t.id = tu.task_id "
                        + "where t.plan_id = :p and tu.unit_id = :u and tu.role = 'lead'")
                .param("p", planId)
                .param("u", finance)
                .query(Integer.class)
                .single();
        Http office = Http.as(port, data.user("units-office", "OFFICE", "舟山市"));

        Document list = get(office, "/units");

        Element row = list.select("tr[data-unit=" + finance + "]").first();
        assertThat(row).isNotNull();
        assertThat(row.select("td").get(3).text()).isEqualTo(Integer.toString(led));
        assertThat(row.select("a").attr("href")).isEqualTo("/units/" + finance);
        Document dinghai = get(Http.as(port, data.user("units-dinghai", "OFFICE", "定海区")), "/units");
        assertThat(dinghai.select("tr[data-unit=" + finance + "]")).isEmpty();
    }

    @Test
    void aUnitOfAnotherGovernmentOrAnotherUnitOfAReporterIsNotFound() {
        long planId = data.zhoushanPlan();
        long finance = data.leadUnit(planId, "1");
        long other = data.leadUnit(planId, "119");
        assertThat(other).isNotEqualTo(finance);
        Http dinghai = Http.as(port, data.user("units-dinghai", "OFFICE", "定海区"));
        Http reporter = Http.as(port, data.unitUser("units-reporter", "REPORTER", "舟山市", finance));

        var foreign = dinghai.get("/units/" + finance);
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(foreign.body()).contains("单位不存在").doesNotContain("市财政局");
        assertThat(reporter.get("/units/" + other).statusCode()).isEqualTo(404);
        assertThat(reporter.get("/units/" + finance).statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(reporter.get("/units").body())
                        .select("tr[data-unit]")
                        .eachAttr("data-unit"))
                .containsExactly(Long.toString(finance));
        // A plan of another government is not a plan of the unit: 404 rather than another government's figures.
        jdbc.sql("""
                insert into unit (government_id, name) select g.id, '定海区测试局' from government g where g.name = '定海区'
                and not exists (select 1 from unit u where u.government_id = g.id and u.name = '定海区测试局')""").update();
        long dinghaiUnit = jdbc.sql("select id from unit where name = '定海区测试局'")
                .query(Long.class)
                .single();
        assertThat(dinghai.get("/units/" + dinghaiUnit + "?plan=" + planId).statusCode())
                .isEqualTo(404);
        assertThat(dinghai.get("/units/" + dinghaiUnit).statusCode()).isEqualTo(200);
    }

    @Test
    void theDashboardRankingLinksToTheUnitPage() {
        long planId = data.zhoushanPlan();
        long finance = data.leadUnit(planId, "1");
        Http office = Http.as(port, data.user("units-office", "OFFICE", "舟山市"));

        Document dashboard = get(office, "/plans/" + planId + "/dashboard");

        assertThat(dashboard.select("#unit-chart tbody a").eachAttr("href"))
                .anySatisfy(href -> assertThat(href).startsWith("/units/" + finance + "?plan=" + planId));
    }

    @Test
    void aPeriodOfAnotherPlanFallsBackToThePlansLatest() {
        long planId = data.zhoushanPlan();
        long unit = data.leadUnit(planId, "1");
        Http office = Http.as(port, data.user("units-fallback-office", "OFFICE", "舟山市"));

        var response = office.get("/units/" + unit + "?plan=" + planId + "&period=" + Http.encode("另一计划的期间"));

        assertThat(response.statusCode()).isEqualTo(200);
        Element chosen = Jsoup.parse(response.body()).selectFirst("select[name=period] option[selected]");
        assertThat(chosen).isNotNull();
        assertThat(chosen.text()).isEqualTo("前三季度");
    }
}
