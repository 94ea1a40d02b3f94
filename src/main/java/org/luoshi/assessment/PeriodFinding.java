package org.luoshi.assessment;

import java.util.Locale;
import java.util.Objects;
import org.luoshi.Phrase;

/**
 * Something the office should look at in one period.
 *
 * @param kind    missing-report, behind, at-risk, copied-progress, unchanged-progress, implausible-figure,
 *                target-without-actual, unit-mismatch
 * @param taskId  the task concerned
 * @param message the text in Chinese (as stored for readers without codes)
 * @param text    the text by its code ({@code finding.text.*}) with the figures as written, rendered in the reader's
 *                language
 */
public record PeriodFinding(String kind, long taskId, String message, Phrase text) {
    public PeriodFinding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    PeriodFinding(String kind, long taskId, Phrase text) {
        this(kind, taskId, text.in(Locale.ROOT), text);
    }
}
