package org.luoshi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.luoshi.DomainException;
import org.luoshi.account.LuoshiUser;
import org.luoshi.plan.PlanImporter;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** 年度考评 on the test database: two rule sets, their scores recomputed here from the stored facts. */
@IntegrationTest
class AppraisalIT {

    @Autowired
    TestData data;

    @Autowired
    PlanImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Appraisals appraisals;

    /** The test's own arithmetic over score_fact and score_extra, independent of {@link Scoring}. */
    private Map<Long, BigDecimal> recomputed(long setId, int[] weights, int[] deductions) {
        Map<Long, BigDecimal> extras = new HashMap<>();
        jdbc.sql("select unit_id, points from score_extra where rule_set_id = :s")
                .param("s", setId)
                .query((rs, n) -> extras.merge(rs.getLong(1), rs.getBigDecimal(2), BigDecimal::add))
                .list();
        Map<Long, BigDecimal> totals = new HashMap<>();
        jdbc.sql("select * from score_fact where rule_set_id = :s")
                .param("s", setId)
                .query((rs, n) -> {
                    BigDecimal t = part(weights[0], rs.getInt("completed"), rs.getInt("tasks"))
                            .add(part(weights[1], rs.getInt("on_schedule"), rs.getInt("judged")))
                            .add(part(weights[2], rs.getInt("on_time"), rs.getInt("reports")))
                            .subtract(BigDecimal.valueOf((long) deductions[0] * rs.getInt("returned")
                                    + (long) deductions[1] * rs.getInt("overdue_items")
                                    + (long) deductions[2] * rs.getInt("lagging")))
                            .add(extras.getOrDefault(rs.getLong("unit_id"), BigDecimal.ZERO));
                    return totals.put(rs.getLong("unit_id"), t.setScale(2, RoundingMode.HALF_UP));
                })
                .list();
        return totals;
    }

    private static BigDecimal part(int weight, int part, int whole) {
        return whole == 0
                ? BigDecimal.valueOf(weight)
                : BigDecimal.valueOf((long) weight * part).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    @Test
    void twoRuleSetsScoreTheStoredFactsAsRecomputedHere() throws Exception {
        long planId = LoopPlan.of(importer);
        LuoshiUser office = data.acting("ap-office", "OFFICE", "舟山市");
        LuoshiUser leader = data.acting("ap-leader", "LEADER", "舟山市");
        long unit = data.leadUnit(planId, "82");
        LuoshiUser reporter = data.as(data.unitUser("ap-reporter", "REPORTER", "舟山市", unit));
        String period = "\u524D\u4E09\u5B63\u5EA6";

        assertThatThrownBy(() -> appraisals.create(planId, period, "x", ScoringTest.rules(50, 30, 30, 1, 1, 1), office))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("100");
        assertThatThrownBy(() -> appraisals.create(planId, period, "x", ScoringTest.rules(40, 30, 30, 1, 1, 1), leader))
                .isInstanceOf(AccessDeniedException.class);

        long a = appraisals.create(planId, period, "A", ScoringTest.rules(40, 30, 30, 2, 3, 1), office);
        long b = appraisals.create(planId, period, "B", ScoringTest.rules(20, 60, 20, 0, 5, 4), office);
        appraisals.addExtra(a, unit, new BigDecimal("3.5"), "获省级表彰", office);
        assertThatThrownBy(() -> appraisals.addExtra(a, unit, BigDecimal.ONE, " ", office))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> appraisals.addExtra(a, unit, BigDecimal.ONE, "x", leader))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> appraisals.ranking(a, reporter)).isInstanceOf(DomainException.class);

        for (var set : List.of(
                new Object[] {a, new int[] {40, 30, 30}, new int[] {2, 3, 1}},
                new Object[] {b, new int[] {20, 60, 20}, new int[] {0, 5, 4}})) {
            long id = (long) set[0];
            var ranking = appraisals.ranking(id, leader);
            Map<Long, BigDecimal> expected = recomputed(id, (int[]) set[1], (int[]) set[2]);
            assertThat(ranking.sheets()).hasSize(expected.size()).hasSizeGreaterThan(10);
            for (Scoring.Sheet s : ranking.sheets()) {
                assertThat(s.total()).as(s.unitName()).isEqualByComparingTo(expected.get(s.unitId()));
            }
            assertThat(ranking.sheets()).isSortedAccordingTo((x, y) -> y.total().compareTo(x.total()));
        }
        assertThat(appraisals.ranking(a, leader).sheets().stream()
                        .filter(s -> s.unitId() == unit)
                        .findFirst()
                        .orElseThrow()
                        .lines())
                .anyMatch(l -> l.rule().equals("extra") && l.fact().equals("获省级表彰"));

        var before = appraisals.ranking(a, office);
        appraisals.publish(a, before.version(), office);
        assertThatThrownBy(() -> appraisals.publish(a, before.version() + 1, office))
                .isInstanceOf(DomainException.class);
        appraisals.addExtra(a, unit, new BigDecimal("-1"), "复核扣减", office);
        assertThat(jdbc.sql("""
                        select count(*) from audit_event where entity_id = :id and action = 'score.extra'
                          and detail like 'after publication%'""")
                        .param("id", Long.toString(a))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        var ranking = appraisals.ranking(a, office);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(appraisals.xlsx(a, office)))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(ranking.sheets().size() + 1);
            var first = wb.getSheetAt(0).getRow(1);
            assertThat(first.getCell(1).getStringCellValue())
                    .isEqualTo(ranking.sheets().get(0).unitName());
            assertThat(BigDecimal.valueOf(first.getCell(2).getNumericCellValue()))
                    .isEqualByComparingTo(ranking.sheets().get(0).total());
            assertThat(wb.getSheetAt(1).getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("任务完成率");
        }
        try (var pdf = Loader.loadPDF(appraisals.pdf(a, office))) {
            assertThat(new PDFTextStripper().getText(pdf))
                    .contains(ranking.sheets().get(0).unitName());
        }
    }
}
