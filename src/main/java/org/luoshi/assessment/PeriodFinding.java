package org.luoshi.assessment;

import java.util.Objects;

/**
 * Something the office should look at in one period.
 *
 * @param kind   missing-report, behind, at-risk, copied-progress, unchanged-progress, implausible-figure,
 *               target-without-actual, unit-mismatch
 * @param taskId the task concerned
 */
public record PeriodFinding(String kind, long taskId, String message) {
    public PeriodFinding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }
}
