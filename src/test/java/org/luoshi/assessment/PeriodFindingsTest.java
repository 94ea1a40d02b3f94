package org.luoshi.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.luoshi.text.Quantity;
import org.luoshi.text.QuantityExtractor;

class PeriodFindingsTest {

    private final QuantityExtractor extractor = new QuantityExtractor();
    private final PeriodFindings findings = new PeriodFindings();
    private static final LocalDate TODAY = LocalDate.of(2022, 10, 20);

    private TaskPeriod task(long id, String content, String progress, Status status) {
        List<Quantity> targets = extractor.targets(content);
        return new TaskPeriod(
                id, String.valueOf(id), targets, progress, extractor.actuals(progress, targets, content), status);
    }

    private List<String> kinds(List<PeriodFinding> found) {
        return found.stream().map(PeriodFinding::kind).toList();
    }

    @Test
    void flagsAFigureThatDropsByTenThousandAgainstThePreviousPeriod() {
        String content = "一般公共预算收入增长7%,达到200亿元。";
        TaskPeriod half = task(1, content, "上半年,全市实现一般公共预算收入105.3亿元,增长5%。", Status.AHEAD);
        TaskPeriod q3 = task(1, content, "前三季度,全市实现一般公共预算收入158.86万元,增长4.3%。", Status.AHEAD);

        var found = findings.find(List.of(q3), Map.of(1L, half), "上半年", null, TODAY);

        assertThat(found).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo("implausible-figure");
            assertThat(f.message()).contains("158.86万元").contains("105.3亿元").contains("上半年");
        });
    }

    @Test
    void aPlausibleRiseIsNotFlagged() {
        String content = "一般公共预算收入增长7%,达到200亿元。";
        TaskPeriod half = task(1, content, "上半年,全市实现一般公共预算收入105.3亿元,增长5%。", Status.AHEAD);
        TaskPeriod q3 = task(1, content, "前三季度,全市实现一般公共预算收入158.86亿元,增长4.3%。", Status.AHEAD);

        var found = findings.find(List.of(q3), Map.of(1L, half), "上半年", null, TODAY);

        assertThat(kinds(found)).doesNotContain("implausible-figure");
    }

    @Test
    void flagsProgressCopiedFromAnotherTask() {
        String text = "《上海国际航运中心洋山深水港区小洋山北作业区规划方案》、规划环评等均已获批,召开项目选址论证报告审查会。";
        var found = findings.find(
                List.of(
                        task(7, "深化沪舟合作。", text, Status.QUALITATIVE),
                        task(8, "实行投资赛马机制。", "省重点项目投资完成率84.3%。", Status.AHEAD),
                        task(10, "深化功能岛谋划建设。", text + " ", Status.QUALITATIVE)),
                Map.of(),
                "",
                null,
                TODAY);

        assertThat(found)
                .filteredOn(f -> f.kind().equals("copied-progress"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("序号7").contains("10"));
    }

    @Test
    void flagsProgressUnchangedFromThePreviousPeriod() {
        String text = "全力推进重点行业企业用能预算管理试点工作,完成年度基准能耗核定及月度分解工作。";
        var found = findings.find(
                List.of(task(9, "加强能耗调控。", text, Status.QUALITATIVE)),
                Map.of(9L, task(9, "加强能耗调控。", text, Status.QUALITATIVE)),
                "上半年",
                null,
                TODAY);

        assertThat(kinds(found)).containsExactly("unchanged-progress");
    }

    @Test
    void flagsAMissingReportOnlyOnceTheDueDateHasPassed() {
        TaskPeriod silent = task(3, "新建改建污水管网10公里。", "", Status.NO_DATA);

        var beforeDue = findings.find(List.of(silent), Map.of(), "", LocalDate.of(2022, 10, 25), TODAY);
        var afterDue = findings.find(List.of(silent), Map.of(), "", LocalDate.of(2022, 10, 15), TODAY);

        assertThat(kinds(beforeDue)).doesNotContain("missing-report");
        assertThat(kinds(afterDue)).contains("missing-report");
    }

    @Test
    void flagsATargetWithoutAnyReportedActual() {
        var found = findings.find(
                List.of(task(82, "新建改建污水管网10公里。", "正在有序推进管网建设。", Status.QUALITATIVE)), Map.of(), "", null, TODAY);

        assertThat(found).anySatisfy(f -> assertThat(f.kind()).isEqualTo("target-without-actual"));
    }

    @Test
    void aTargetMetByAnActualInItsUnitIsNotFlagged() {
        var found = findings.find(
                List.of(task(82, "新建改建污水管网10公里。", "至9月底,新建改建污水管网13公里。", Status.COMPLETED)), Map.of(), "", null, TODAY);

        assertThat(kinds(found)).doesNotContain("target-without-actual", "unit-mismatch", "implausible-figure");
    }

    @Test
    void namesBehindAndAtRiskTasks() {
        var found = findings.find(
                List.of(
                        task(1, "一般公共预算收入增长7%。", "增长4.3%。", Status.BEHIND),
                        task(2, "创建国家生态文明建设示范县。", "未获第六批命名推荐。", Status.AT_RISK)),
                Map.of(),
                "",
                null,
                TODAY);

        assertThat(kinds(found)).contains("behind", "at-risk");
    }
}
