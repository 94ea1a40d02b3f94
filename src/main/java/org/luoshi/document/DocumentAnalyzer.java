package org.luoshi.document;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.luoshi.assessment.Rules;
import org.luoshi.assessment.TaskFacts;
import org.luoshi.text.Quantity;
import org.luoshi.text.QuantityExtractor;

/** Reads the numbers of every task of a document and proposes each task's status. */
public final class DocumentAnalyzer {

    private final QuantityExtractor quantities = new QuantityExtractor();
    private final Rules rules;

    /** With the default thresholds (the command line, which runs without the application's configuration). */
    public DocumentAnalyzer() {
        this(new Rules());
    }

    /** With the application's configured rules, so that analyses agree with the stored judgements. */
    public DocumentAnalyzer(Rules rules) {
        this.rules = rules;
    }

    public AnalyzedDocument analyze(ReadDocument document) {
        List<AnalyzedTask> tasks =
                document.tasks().stream().map(row -> analyze(row, document)).toList();
        return new AnalyzedDocument(document, tasks);
    }

    /** The same, telling {@code analyzed} the number of tasks done so far after each task (for a progress bar). */
    public AnalyzedDocument analyze(ReadDocument document, IntConsumer analyzed) {
        List<AnalyzedTask> tasks = new ArrayList<>(document.tasks().size());
        for (TaskRow row : document.tasks()) {
            tasks.add(analyze(row, document));
            analyzed.accept(tasks.size());
        }
        return new AnalyzedDocument(document, tasks);
    }

    private AnalyzedTask analyze(TaskRow row, ReadDocument document) {
        // The text module reads Simplified Chinese (萬, 億 are its concern only once folded); the fold keeps every
        // offset, so each quantity's text is cut back out of the printed text.
        String content = Chinese.simplified(row.content());
        String progress = Chinese.simplified(row.progress());
        List<Quantity> targets = quantities.targets(content);
        List<Quantity> actuals = quantities.actuals(progress, targets, content);
        var facts = new TaskFacts(content, targets, progress, actuals, document.expectedShare());
        return new AnalyzedTask(
                row,
                printed(targets, content, row.content()),
                printed(actuals, progress, row.progress()),
                rules.judge(facts));
    }

    private static List<Quantity> printed(List<Quantity> found, String folded, String original) {
        if (folded.equals(original)) {
            return found;
        }
        List<Quantity> out = new ArrayList<>(found.size());
        for (Quantity q : found) {
            int s = q.start();
            String text = s >= 0 && s + q.text().length() <= original.length()
                    ? original.substring(s, s + q.text().length())
                    : q.text();
            out.add(new Quantity(
                    text, q.metric(), q.kind(), q.value(), q.magnitude(), q.unit(), q.comparison(), q.asOf(), s));
        }
        return out;
    }
}
