package org.luoshi.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 12's check: {@code eval} over the real documents in {@code ../shared/data/real} meets the issue's aims.
 * The floors are system properties ({@code -Dluoshi.aim.tasks=0.97} …) so that they can be set to a measured
 * level ({@code -Dluoshi.aim.refused=N} lets N documents that hold tasks be refused); {@code -Dluoshi.real=DIR}
 * points at another folder. Where the folder is absent the test fails when
 * {@code CI} is set (CI always has ../shared next to the clone), else it is skipped with the reason
 * (docs/decisions.md). Tagged "corpus" so that a run can leave it out ({@code -DexcludedGroups=corpus}).
 */
@Tag("corpus")
class RealDocumentsAimsTest {

    private static final Path DIR = Path.of(System.getProperty("luoshi.real", "../shared/data/real"));

    static Map<String, Double> aims() {
        Map<String, Double> f = new LinkedHashMap<>();
        f.put("tasks", aim("tasks", "0.97"));
        f.put("units", aim("units", "0.95"));
        f.put("targets", aim("targets", "0.90"));
        f.put("actuals", aim("actuals", "0.80"));
        f.put("status", aim("status", "0.85"));
        return f;
    }

    private static double aim(String name, String issueAim) {
        return Double.parseDouble(System.getProperty("luoshi.aim." + name, issueAim));
    }

    static void requireCorpus(Path dir) {
        if (Files.isDirectory(dir)) {
            return;
        }
        String ci = System.getenv("CI");
        if (ci != null && !ci.isBlank()) {
            fail("真实文档目录不存在 / the real documents are missing: " + dir.toAbsolutePath()
                    + " (CI must have ../shared next to the clone, or set -Dluoshi.real=DIR)");
        }
        assumeTrue(
                false,
                "skipped: " + dir.toAbsolutePath() + " is absent and CI is unset (a clean clone without"
                        + " ../shared); CI fails here instead");
    }

    @Test
    void meetsTheIssueAimsOnTheRealDocuments() {
        requireCorpus(DIR);
        CorpusEval.Report report = CorpusEval.run(DIR);
        String table = CorpusEval.table(report);
        System.out.println(table);
        assertThat(report.totals().documents()).as("documents scored").isPositive();
        assertThat(report.shortOf(aims()))
                .as("totals below the aims %s%n%s", aims(), table)
                .isEmpty();
    }

    @Test
    void refusesNoDocumentThatHoldsATaskList() {
        requireCorpus(DIR);
        CorpusEval.Report report = CorpusEval.run(DIR);
        List<String> refused = report.rows().stream()
                .filter(r -> r.error() != null && r.result().goldTasks() > 0)
                .map(r -> r.name() + ": " + r.error())
                .toList();
        int allowed = Integer.parseInt(System.getProperty("luoshi.aim.refused", "0"));
        assertThat(refused)
                .as("documents with tasks that were refused (at most %d)", allowed)
                .hasSizeLessThanOrEqualTo(allowed);
    }
}
