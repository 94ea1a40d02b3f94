package org.luoshi.judgement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.assessment.Status;
import org.luoshi.dashboard.Dashboards;
import org.luoshi.dashboard.OverviewView;
import org.luoshi.dashboard.OverviewView.Row;
import org.luoshi.dashboard.Overviews;
import org.luoshi.judgement.JudgementViews.PlanRollup;
import org.luoshi.plan.PeriodData;
import org.luoshi.plan.PeriodData.Period;
import org.luoshi.plan.PlanImporter;
import org.luoshi.plan.Scope;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The overview's roll-ups, summed by the database from the judgements (issue 17), on a generated tree of its own (a
 * province, three cities, two counties, five plans, each with overrides and unreported tasks of its own): every
 * level's figures equal a direct recount from judgements, progress entries and findings, and the full roll-up the
 * dashboards read; again after a judgement is overridden, after a task's progress is withdrawn and re-judged, and
 * after a new government with a plan is added.
 */
@IntegrationTest
class JudgementRollupIT {

    @Autowired
    TestData data;

    @Autowired
    PlanImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Overviews overviews;

    @Autowired
    Dashboards dashboards;

    @Autowired
    JudgementQueries queries;

    @Autowired
    PeriodData periods;

    @Autowired
    Overrides overrides;

    @Autowired
    Judgements judgements;

    long province;
    long firstCity;

    @BeforeEach
    void tree() {
        province = government("960000", "汇总测试省", "province", null);
        firstCity = government("960100", "汇总一市", "city", province);
        long second = government("960200", "汇总二市", "city", province);
        government("960300", "汇总三市", "city", province);
        government("960101", "汇总一市甲县", "county", firstCity);
        government("960102", "汇总一市乙县", "county", firstCity);
        assertThat(second).isPositive();
        List<String> planned = List.of("汇总测试省", "汇总一市", "汇总二市", "汇总一市甲县", "汇总一市乙县");
        for (int i = 0; i < planned.size(); i++) {
            plan(planned.get(i), i);
        }
        data.user("rollup-leader", "LEADER", "汇总测试省");
    }

    @Test
    void theSummedRollupsEqualADirectRecountAtEveryLevel() {
        assertThat(assertLevel(null, 4)).isEqualTo(3);
        int counties = jdbc.sql("select count(*) from government where parent_id = :c")
                .param("c", firstCity)
                .query(Integer.class)
                .single();
        assertThat(assertLevel(firstCity, 1 + counties)).isEqualTo(1 + counties);
    }

    @Test
    void theyFollowAnOverrideAWithdrawnReportAndANewGovernment() {
        long plan = planOf("汇总二市");
        Period period = periods.current(plan).orElseThrow();
        long task = jdbc.sql("select min(task_id) from judgement where period_id = :p and reported")
                .param("p", period.id())
                .query(Long.class)
                .single();
        overrides.override(task, period.id(), "at_risk", "汇总测试", data.acting("rollup-admin", "ADMIN", "汇总测试省"));
        jdbc.sql("update progress_entry set text = '' where period_id = :p and task_id = :t")
                .param("p", period.id())
                .param("t", task)
                .update();
        judgements.rejudge(period.id());
        assertLevel(null, 4);

        government("960103", "汇总一市丙县", "county", firstCity);
        plan("汇总一市丙县", 7);
        assertThat(assertLevel(firstCity, 4)).isEqualTo(4);
        assertThat(overviews.of(2022, null, data.as("rollup-leader").scope(), firstCity, "", null).rows().stream()
                        .map(r -> r.government().name()))
                .contains("汇总一市丙县");
    }

    /** Checks each row of a level against a recount; returns how many rows had figures. */
    private int assertLevel(Long at, int expectedRows) {
        Scope scope = data.as("rollup-leader").scope();
        OverviewView view = overviews.of(2022, null, scope, at == null ? province : at, "", null);
        assertThat(view.rows()).hasSize(expectedRows);
        int withFigures = 0;
        int tasks = 0;
        int reported = 0;
        for (Row row : view.rows()) {
            if (!row.hasFigures()) {
                continue;
            }
            withFigures++;
            long periodId = row.rollup().periodId();
            String name = row.government().name();
            Recount direct = recount(periodId);
            assertThat(row.rollup().tasks()).as(name).isEqualTo(direct.tasks());
            for (Status s : Status.values()) {
                assertThat(row.count(s.code()))
                        .as(name + " " + s.code())
                        .isEqualTo(direct.byStatus().getOrDefault(s.code(), 0));
            }
            assertThat(row.rates().tasks()).as(name).isEqualTo(direct.tasks());
            assertThat(row.rates().reported()).as(name + " reported").isEqualTo(direct.reported());
            assertThat(row.rates().judged()).as(name + " judged").isEqualTo(direct.judged());
            assertThat(row.rates().onSchedule()).as(name + " on schedule").isEqualTo(direct.onSchedule());
            assertThat(row.missingReports()).as(name + " missing").isEqualTo(direct.missing());

            // and the full roll-up, as a plan's dashboard computes it, says the same
            PlanRollup full = queries.rollups(
                            periods.periodsOf(List.of(row.plan().id())), "", scope)
                    .get(row.plan().id());
            assertThat(full.rollup().periodId()).isEqualTo(periodId);
            assertThat(full.rollup().byStatus()).isEqualTo(row.rollup().byStatus());
            assertThat(full.rates()).isEqualTo(row.rates());
            assertThat(full.missingReports()).isEqualTo(row.missingReports());
            // the dashboard's trend (summed for all periods at once) equals each period's full roll-up
            for (var point : dashboards.of(row.plan().id(), null, scope).trend()) {
                Map<String, Integer> expected = new java.util.LinkedHashMap<>();
                queries.rollup(row.plan().id(), point.periodLabel(), scope)
                        .byStatus()
                        .forEach(c -> expected.put(c.status(), c.count()));
                assertThat(point.byStatus())
                        .as(name + " " + point.periodLabel())
                        .isEqualTo(expected);
            }
            tasks += direct.tasks();
            reported += direct.reported();
        }
        // the generated set has reported and unreported tasks, so a wrong "reported" shows
        assertThat(reported).isPositive().isLessThan(tasks);
        assertThat(view.totals().tasks()).isEqualTo(tasks);
        assertThat(view.totals().rates().reported()).isEqualTo(reported);
        return withFigures;
    }

    private record Recount(
            int tasks, Map<String, Integer> byStatus, int reported, int judged, int onSchedule, int missing) {}

    private Recount recount(long periodId) {
        Map<String, Integer> byStatus = new java.util.HashMap<>();
        jdbc.sql("select coalesce(override_status, status) as s from judgement where period_id = :p")
                .param("p", periodId)
                .query(String.class)
                .list()
                .forEach(s -> byStatus.merge(s, 1, Integer::sum));
        int tasks = byStatus.values().stream().mapToInt(Integer::intValue).sum();
        int reported = jdbc.sql("""
                        select count(*) from judgement j join progress_entry pe
                          on pe.task_id = j.task_id and pe.period_id = j.period_id and pe.text <> ''
                        where j.period_id = :p""").param("p", periodId).query(Integer.class).single();
        int notJudged = byStatus.getOrDefault("no_data", 0)
                + byStatus.getOrDefault("not_reported", 0)
                + byStatus.getOrDefault("unclear", 0);
        int onSchedule = byStatus.getOrDefault("completed", 0)
                + byStatus.getOrDefault("ahead", 0)
                + byStatus.getOrDefault("qualitative", 0);
        int missing = jdbc.sql("select count(*) from period_finding where period_id = :p and kind = 'missing-report'")
                .param("p", periodId)
                .query(Integer.class)
                .single();
        return new Recount(tasks, byStatus, reported, tasks - notJudged, onSchedule, missing);
    }

    private long planOf(String government) {
        return jdbc.sql("""
                        select p.id from plan p join government g on g.id = p.government_id
                        where g.name = :g and p.plan_year = 2022""").param("g", government).query(Long.class).single();
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

    /**
     * Imports the sample for the government (once), then makes it differ from the others: the k-th and the
     * (k + 3)-th tasks lose their progress and are judged again, the (k + 1)-th is overridden as behind.
     */
    private void plan(String government, int k) {
        boolean fresh =
                jdbc.sql("""
                        select count(*) from plan p join government g on g.id = p.government_id
                        where g.name = :g and p.plan_year = 2022""").param("g", government).query(Integer.class).single() == 0;
        String text = new String(TestData.sample(), StandardCharsets.UTF_8).replace("舟山市人民政府", government + "人民政府");
        importer.commit(
                government + "-2022.txt",
                text.getBytes(StandardCharsets.UTF_8),
                government,
                2022,
                "test",
                Scope.everything());
        if (!fresh) {
            return;
        }
        long plan = planOf(government);
        Period period = periods.current(plan).orElseThrow();
        List<Long> tasks = jdbc.sql("select task_id from judgement where period_id = :p order by task_id")
                .param("p", period.id())
                .query(Long.class)
                .list();
        for (int i : List.of(k, k + 3)) {
            jdbc.sql("update progress_entry set text = '' where period_id = :p and task_id = :t")
                    .param("p", period.id())
                    .param("t", tasks.get(i))
                    .update();
        }
        judgements.rejudge(period.id());
        overrides.override(
                tasks.get(k + 1), period.id(), "behind", "汇总测试", data.acting("rollup-admin", "ADMIN", "汇总测试省"));
    }
}
