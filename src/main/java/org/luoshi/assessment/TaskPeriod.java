package org.luoshi.assessment;

import java.util.List;
import java.util.Objects;
import org.luoshi.Phrase;
import org.luoshi.text.Quantity;

/** One task as reported in one period, with its proposed status: what {@link PeriodFindings} looks at. */
public record TaskPeriod(
        long taskId, String number, List<Quantity> targets, String progress, List<Quantity> actuals, Status status) {
    public TaskPeriod {
        number = Objects.requireNonNullElse(number, "");
        targets = List.copyOf(targets);
        progress = Objects.requireNonNullElse(progress, "");
        actuals = List.copyOf(actuals);
        Objects.requireNonNull(status, "status");
    }

    /** How the office names the task: its printed number, else its id. */
    String label() {
        return number.isEmpty() ? "任务" + taskId : "序号" + number;
    }

    /** The number alone, after another task's label ("序号3、5"). */
    Phrase bare() {
        return number.isEmpty() ? named() : new Phrase("finding.task.bare", number);
    }

    /** {@link #label()} in the reader's language. */
    Phrase named() {
        return number.isEmpty() ? new Phrase("finding.task.id", taskId) : new Phrase("finding.task.number", number);
    }
}
