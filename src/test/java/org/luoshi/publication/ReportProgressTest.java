package org.luoshi.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.luoshi.Phrase;
import org.luoshi.assessment.Rules;
import org.luoshi.job.Progress;
import org.luoshi.publication.CompiledReport.ReportRow;

/** Every format reports one unit per task row rendered, and renders the same bytes as without progress. */
class ReportProgressTest {

    private static final Rules RULES = new Rules();

    private static final CompiledReport REPORT = new CompiledReport(
            "2022年重点工作前三季度完成情况",
            "舟山市",
            2022,
            "前三季度",
            LocalDate.of(2022, 9, 30),
            new BigDecimal("0.75"),
            IntStream.rangeClosed(1, 37)
                    .mapToObj(i -> new ReportRow(
                            i,
                            String.valueOf(i),
                            "新建保障性住房" + i + "00套。",
                            List.of("市住建局"),
                            "已完成" + i + "0套。",
                            i % 2 == 0 ? "behind" : ""))
                    .toList(),
            true,
            false);

    /** The steps seen, with the units advanced within each. */
    static final class Recorder implements Progress {
        final List<String> steps = new ArrayList<>();
        final List<Integer> totals = new ArrayList<>();
        final List<Integer> advanced = new ArrayList<>();

        @Override
        public void step(Phrase step, int total) {
            steps.add(step.in(Locale.ENGLISH));
            totals.add(total);
            advanced.add(0);
        }

        @Override
        public void advance(int units) {
            advanced.set(advanced.size() - 1, advanced.get(advanced.size() - 1) + units);
        }
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void eachRowAdvancesTheFirstStepByOne(ReportFormat format) {
        Recorder progress = new Recorder();
        format.render(REPORT, Map.of(), RULES, progress);

        assertThat(progress.totals.get(0)).isEqualTo(37);
        assertThat(progress.advanced.get(0)).isEqualTo(37);
        for (int i = 1; i < progress.steps.size(); i++) {
            assertThat(progress.advanced.get(i)).isEqualTo(progress.totals.get(i));
        }
        if (format == ReportFormat.PDF) {
            assertThat(progress.steps).containsExactly("laying out the table", "drawing the PDF pages");
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = ReportFormat.class,
            names = {"HTML", "CSV", "JSON"})
    void progressDoesNotChangeTheOutput(ReportFormat format) {
        assertThat(format.render(REPORT, Map.of(), RULES, new Recorder()))
                .isEqualTo(format.render(REPORT, Map.of(), RULES));
    }
}
