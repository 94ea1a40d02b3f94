package org.luoshi.document;

import java.util.List;
import org.luoshi.assessment.Judgement;
import org.luoshi.text.Quantity;

/** A task row with the quantities read from it and the judgement proposed for it. */
public record AnalyzedTask(TaskRow row, List<Quantity> targets, List<Quantity> actuals, Judgement judgement) {
    public AnalyzedTask {
        targets = List.copyOf(targets);
        actuals = List.copyOf(actuals);
    }
}
