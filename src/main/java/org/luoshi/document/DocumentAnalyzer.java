package org.luoshi.document;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.luoshi.assessment.Rules;
import org.luoshi.assessment.TaskFacts;
import org.luoshi.text.Fold;
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
        // The text module reads folded Simplified text (no inserted pinyin, split digits joined); the fold keeps
        // every offset, so each quantity's text is cut back out of the printed text.
        Fold.Folded foldedContent = Fold.fold(row.content());
        Fold.Folded foldedProgress = Fold.fold(row.progress());
        String content = Fold.simplified(foldedContent.text());
        String progress = Fold.simplified(foldedProgress.text());
        List<Quantity> own = quantities.targets(content);
        List<Quantity> actuals = quantities.actuals(progress, own, content);
        // A task whose content states no figure may have its goal stated in the progress ("完成…40所的年度目标").
        boolean stated = own.isEmpty();
        List<Quantity> targets = stated ? quantities.statedGoals(progress) : own;
        var facts = new TaskFacts(content, targets, progress, actuals, document.expectedShare());
        return new AnalyzedTask(
                row,
                stated
                        ? printed(targets, progress, foldedProgress, row.progress())
                        : printed(targets, content, foldedContent, row.content()),
                printed(actuals, progress, foldedProgress, row.progress()),
                rules.judge(facts));
    }

    /** Each quantity with its text cut back out of the printed text, its offset the printed one. */
    private static List<Quantity> printed(List<Quantity> found, String read, Fold.Folded folded, String original) {
        if (read.equals(original)) {
            return found;
        }
        List<Quantity> out = new ArrayList<>(found.size());
        for (Quantity q : found) {
            int s = q.start();
            int len = q.text().length();
            String text = q.text();
            int at = s;
            if (s >= 0 && s + len <= folded.text().length()) {
                at = folded.original(s);
                int end = len == 0 ? at : folded.original(s + len - 1) + 1;
                text = end <= original.length() && at <= end ? original.substring(at, end) : q.text();
            }
            out.add(new Quantity(
                    text, q.metric(), q.kind(), q.value(), q.magnitude(), q.unit(), q.comparison(), q.asOf(), at));
        }
        return out;
    }
}
