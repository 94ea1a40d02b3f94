package org.luoshi.assessment;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A judgement with what a dashboard needs besides: its signal and the schedule gap behind it.
 *
 * @param gap how far the worst-lagging target is behind 序时进度 (fraction of the annual target, or relative
 *            shortfall of a rate); null when nothing was measured behind
 */
public record Assessment(Judgement judgement, Signal signal, BigDecimal gap) {
    public Assessment {
        Objects.requireNonNull(judgement, "judgement");
        Objects.requireNonNull(signal, "signal");
    }

    public Status status() {
        return judgement.status();
    }

    public String reason() {
        return judgement.reason();
    }
}
