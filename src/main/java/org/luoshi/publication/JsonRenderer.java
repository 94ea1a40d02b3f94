package org.luoshi.publication;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.luoshi.Phrase;
import org.luoshi.assessment.Judgement;
import org.luoshi.assessment.Rules;
import org.luoshi.assessment.Status;
import org.luoshi.document.AnalyzedDocument;
import org.luoshi.document.AnalyzedTask;
import org.luoshi.document.CanonicalJson;
import org.luoshi.document.DocumentAnalyzer;
import org.luoshi.document.Finding;
import org.luoshi.document.ReadDocument;
import org.luoshi.document.TaskRow;
import org.luoshi.job.Progress;
import org.luoshi.publication.CompiledReport.ReportRow;

/**
 * The report as canonical JSON (CANONICAL-JSON.md): the rows analyzed as a read document would be, with the
 * stored status of each task where there is one, and the catalogue metadata as {@code disclosure}.
 */
final class JsonRenderer {

    private JsonRenderer() {}

    /** The same, advancing {@code progress} by one per task analyzed. */
    static byte[] render(CompiledReport report, Map<String, String> disclosure, Rules rules, Progress progress) {
        progress.step(new Phrase("job.step.read-numbers"), report.rows().size());
        List<TaskRow> rows = report.rows().stream()
                .map(r -> new TaskRow(r.number(), r.content(), r.leadUnits(), List.of(), r.progress(), "", Map.of()))
                .toList();
        List<Finding> findings = report.abridged() ? List.of(new Finding("abridged", List.of(), "本文有删减")) : List.of();
        ReadDocument document = new ReadDocument(
                report.title(),
                report.government(),
                report.year(),
                report.periodLabel(),
                report.periodEnd(),
                report.expectedShare() == null ? null : report.expectedShare().stripTrailingZeros(),
                disclosure,
                rows,
                findings);
        AnalyzedDocument analyzed = new DocumentAnalyzer(rules).analyze(document, done -> progress.advance());
        List<AnalyzedTask> tasks = new ArrayList<>();
        for (int i = 0; i < analyzed.tasks().size(); i++) {
            AnalyzedTask t = analyzed.tasks().get(i);
            ReportRow row = report.rows().get(i);
            Judgement judgement = row.status().isEmpty()
                    ? t.judgement()
                    : new Judgement(
                            Status.fromCode(row.status()),
                            t.judgement() == null ? "" : t.judgement().reason());
            tasks.add(new AnalyzedTask(t.row(), t.targets(), t.actuals(), judgement));
        }
        return CanonicalJson.write(new AnalyzedDocument(analyzed.document(), tasks))
                .getBytes(StandardCharsets.UTF_8);
    }
}
