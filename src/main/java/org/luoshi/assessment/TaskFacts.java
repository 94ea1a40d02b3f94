package org.luoshi.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.luoshi.text.Quantity;

/**
 * What the rules judge: a task's targets (from its content), the actuals reported for one period (from the
 * progress text), the progress text itself (for cue words) and the 序时进度 at the period's end.
 *
 * @param expectedShare null when the document has no period (a task list); then only cue words apply
 */
public record TaskFacts(
        String content, List<Quantity> targets, String progress, List<Quantity> actuals, BigDecimal expectedShare) {
    public TaskFacts {
        content = Objects.requireNonNullElse(content, "");
        targets = List.copyOf(targets);
        progress = Objects.requireNonNullElse(progress, "");
        actuals = List.copyOf(actuals);
    }
}
