package org.luoshi.assessment;

import java.math.BigDecimal;

/**
 * What one reported figure says about one target (or about a part of the task, for a loose completion share).
 *
 * @param text the arithmetic, in Chinese ("230亿元 / 目标290亿元 = 79.3% ≥ 序时进度75%")
 * @param gap  how far behind 序时 (fraction of the target) when {@link Outcome#BEHIND}, else null
 */
record Evidence(Outcome outcome, String text, BigDecimal gap, String rule, BigDecimal achieved, BigDecimal expected) {

    Evidence(Outcome outcome, String text, BigDecimal gap) {
        this(outcome, text, gap, "", null, null);
    }

    /** The same evidence with how it was measured. */
    Evidence measuredBy(String how, BigDecimal reached, BigDecimal against) {
        return new Evidence(outcome, text, gap, how, reached, against);
    }

    Check check(org.luoshi.text.Quantity target, org.luoshi.text.Quantity actual) {
        return new Check(target, actual, outcome.name().toLowerCase(java.util.Locale.ROOT), rule, achieved, expected);
    }

    /**
     * Ordered from least to most progress, so that a better figure never yields a lower outcome.
     * INCOMPARABLE (a whole-project share below the annual schedule) sits above BEHIND: it says the work goes on
     * but not whether the year's part is on time.
     */
    enum Outcome {
        BEHIND,
        INCOMPARABLE,
        AHEAD,
        COMPLETED;

        boolean positive() {
            return this == AHEAD || this == COMPLETED;
        }
    }

    boolean betterThan(Evidence other) {
        return outcome.compareTo(other.outcome) > 0;
    }
}
