package org.luoshi.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A judgement with what a dashboard needs besides: its signal and the schedule gap behind it.
 *
 * @param gap how far the worst-lagging target is behind 序时进度 (fraction of the annual target, or relative
 *            shortfall of a rate); null when nothing was measured behind
 * @param checks the facts used: each target with the figure that decided it (or none), in target order, then
 *            the completion shares of parts; empty when the task has no targets
 */
public record Assessment(Judgement judgement, Signal signal, BigDecimal gap, List<Check> checks) {
    public Assessment {
        Objects.requireNonNull(judgement, "judgement");
        Objects.requireNonNull(signal, "signal");
        checks = List.copyOf(checks);
    }

    public Status status() {
        return judgement.status();
    }

    public String reason() {
        return judgement.reason();
    }
}
