package org.luoshi.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.luoshi.assessment.Judgement;
import org.luoshi.assessment.Status;
import org.luoshi.text.Comparison;
import org.luoshi.text.Quantity;
import org.luoshi.text.QuantityKind;

class EvaluationTest {

    private static Quantity q(String unit, String value) {
        return new Quantity(
                value + unit,
                "",
                QuantityKind.AMOUNT,
                new BigDecimal(value),
                BigDecimal.ONE,
                unit,
                Comparison.EXACT,
                "",
                -1);
    }

    private static AnalyzedTask task(
            String number,
            String content,
            List<String> units,
            List<Quantity> targets,
            List<Quantity> actuals,
            Status s) {
        TaskRow row = new TaskRow(number, content, units, List.of(), "进展" + number, "", null);
        return new AnalyzedTask(row, targets, actuals, new Judgement(s, ""));
    }

    private static AnalyzedDocument extract(AnalyzedTask... tasks) {
        List<TaskRow> rows =
                java.util.Arrays.stream(tasks).map(AnalyzedTask::row).toList();
        return new AnalyzedDocument(
                new ReadDocument("", "", null, "", null, null, null, rows, List.of()), List.of(tasks));
    }

    private static Evaluation.GoldTask gold(
            String number,
            String contentStart,
            List<String> units,
            List<String> targets,
            List<String> actuals,
            String status) {
        return new Evaluation.GoldTask(number, units, contentStart, "进展" + number, targets, actuals, status);
    }

    @Test
    void matchesTasksInOrderByTheStartOfTheContentIgnoringPunctuationWidth() {
        var result = Evaluation.score(
                List.of(gold("1", "建成茶山大桥,", List.of("市交通局"), List.of(), List.of(), "completed")),
                extract(task("1", "建成茶山大桥,主体完工", List.of("市交通局"), List.of(), List.of(), Status.COMPLETED)));
        assertThat(result.matched()).isEqualTo(1);
        assertThat(result.leadUnitsEqual()).isEqualTo(1);
        assertThat(result.progressStartEqual()).isEqualTo(1);
    }

    @Test
    void countsAMissedTaskAndKeepsMatchingTheRest() {
        var result = Evaluation.score(
                List.of(
                        gold("1", "甲任务", List.of("市甲局"), List.of("个|10"), List.of(), "ahead"),
                        gold("2", "乙任务", List.of("市乙局"), List.of(), List.of(), "ahead")),
                extract(task("2", "乙任务", List.of("市乙局"), List.of(), List.of(), Status.AHEAD)));
        assertThat(result.matched()).isEqualTo(1);
        assertThat(result.targets().fn()).isEqualTo(1);
        assertThat(result.mismatches()).anyMatch(m -> m.contains("甲任务"));
    }

    @Test
    void scoresQuantitiesAsMultisetsOfUnitAndNormalizedValue() {
        var result = Evaluation.score(
                List.of(gold(
                        "1", "新建", List.of("市住建局"), List.of("公里|10", "个|5", "个|5"), List.of("公里|12"), "completed")),
                extract(task(
                        "1",
                        "新建",
                        List.of("市住建局"),
                        List.of(q("公里", "10.0"), q("个", "5"), q("人", "5")),
                        List.of(q("公里", "12"), q("%", "120")),
                        Status.COMPLETED)));
        assertThat(result.targets()).isEqualTo(new Evaluation.Prf(2, 1, 1));
        assertThat(result.targets().f1()).isEqualTo(2.0 / 3);
        assertThat(result.actuals()).isEqualTo(new Evaluation.Prf(1, 1, 0));
        assertThat(result.actuals().precision()).isEqualTo(0.5);
    }

    @Test
    void leavesGoldUnclearOutOfStatusAccuracyAndComparesUnitsExactly() {
        var result = Evaluation.score(
                List.of(
                        gold("1", "甲", List.of("市甲局"), List.of(), List.of(), "unclear"),
                        gold("2", "乙", List.of("市乙局", "市丙局"), List.of(), List.of(), "behind"),
                        gold("3", "丁", List.of("市丁局"), List.of(), List.of(), "ahead")),
                extract(
                        task("1", "甲", List.of("市甲局"), List.of(), List.of(), Status.AHEAD),
                        task("2", "乙", List.of("市乙局"), List.of(), List.of(), Status.BEHIND),
                        task("3", "丁", List.of("市丁局"), List.of(), List.of(), Status.COMPLETED)));
        assertThat(result.statusJudged()).isEqualTo(2);
        assertThat(result.statusCorrect()).isEqualTo(1);
        assertThat(result.statusAccuracy()).isEqualTo(0.5);
        assertThat(result.leadUnitsEqual()).isEqualTo(2);
    }
}
