package org.luoshi.assessment;

import java.math.BigDecimal;
import java.util.List;

/** A status with its reason, the gap that sets its signal when behind, and the checks it rests on. */
record Verdict(Status status, String reason, BigDecimal gap, List<Check> checks) {

    Verdict {
        checks = List.copyOf(checks);
    }

    Verdict(Status status, String reason, BigDecimal gap) {
        this(status, reason, gap, List.of());
    }

    static Verdict of(Status status, String reason) {
        return new Verdict(status, reason, null);
    }

    Verdict withChecks(List<Check> facts) {
        return new Verdict(status, reason, gap, facts);
    }
}
