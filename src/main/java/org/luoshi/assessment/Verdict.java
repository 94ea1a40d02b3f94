package org.luoshi.assessment;

import java.math.BigDecimal;

/** A status with its reason and, when behind, the gap that sets its signal. */
record Verdict(Status status, String reason, BigDecimal gap) {

    static Verdict of(Status status, String reason) {
        return new Verdict(status, reason, null);
    }
}
