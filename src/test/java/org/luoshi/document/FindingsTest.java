package org.luoshi.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class FindingsTest {

    private static TaskRow task(String number, String progress) {
        return new TaskRow(number, "内容" + number, List.of("市甲局"), List.of(), progress, "", null);
    }

    @Test
    void reportsANumberPrintedTwiceAndOneSkipped() {
        List<Finding> f = Findings.of(List.of(task("1", "甲"), task("2", "乙"), task("4", "丙"), task("4", "丁")), false);
        assertThat(f)
                .extracting(Finding::kind, Finding::tasks, Finding::message)
                .containsExactly(
                        tuple("duplicate-number", List.of("4"), "序号4出现两次"),
                        tuple("missing-number", List.of("3"), "序号3缺失"));
    }

    @Test
    void checksEachNumberingRunOnItsOwnWhenASectionRestartsAtOne() {
        List<Finding> f = Findings.of(
                List.of(task("1", "a"), task("2", "b"), task("1", "c"), task("2", "d"), task("3", "e")), false);
        assertThat(f).isEmpty();
    }

    @Test
    void reportsIdenticalOrNearlyIdenticalProgressUnderDifferentTasks() {
        String text = "《上海国际航运中心洋山深水港区小洋山北作业区规划方案》、规划环评等均已获批,召开推进会三次,正在开展前期工作。";
        List<Finding> f = Findings.of(
                List.of(task("7", text), task("8", "完全不同的进展情况,已经完成年度任务的八成以上。"), task("10", text.replace("三次", "3次"))),
                false);
        assertThat(f)
                .filteredOn(x -> x.kind().equals("copied-progress"))
                .extracting(Finding::kind, Finding::tasks)
                .containsExactly(tuple("copied-progress", List.of("7", "10")));
    }

    @Test
    void doesNotReportShortCommonProgressSuchAsDone() {
        assertThat(Findings.of(List.of(task("1", "已完成。"), task("2", "已完成。")), false))
                .isEmpty();
    }

    @Test
    void reportsTheAbridgedMark() {
        assertThat(Findings.of(List.of(task("1", "a")), true))
                .extracting(Finding::kind)
                .containsExactly("abridged");
    }
}
