package org.luoshi.document;

import java.util.List;
import org.luoshi.assessment.Rules;
import org.luoshi.assessment.TaskFacts;
import org.luoshi.text.Quantity;
import org.luoshi.text.QuantityExtractor;

/** Reads the numbers of every task of a document and proposes each task's status. */
public final class DocumentAnalyzer {

    private final QuantityExtractor quantities = new QuantityExtractor();
    private final Rules rules = new Rules();

    public AnalyzedDocument analyze(ReadDocument document) {
        List<AnalyzedTask> tasks = document.tasks().stream().map(row -> analyze(row, document)).toList();
        return new AnalyzedDocument(document, tasks);
    }

    private AnalyzedTask analyze(TaskRow row, ReadDocument document) {
        List<Quantity> targets = quantities.targets(row.content());
        List<Quantity> actuals = quantities.actuals(row.progress(), targets);
        var facts = new TaskFacts(row.content(), targets, row.progress(), actuals, document.expectedShare());
        return new AnalyzedTask(row, targets, actuals, rules.judge(facts));
    }
}
