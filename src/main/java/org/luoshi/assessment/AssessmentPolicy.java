package org.luoshi.assessment;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The thresholds an office may tune. Shares and gaps are fractions of the annual target (0.10 = 10 points).
 *
 * @param tolerance   how far below 序时进度 a share may be and still count as on schedule; absorbs the rounding
 *                    of printed percentages (74.96% printed as 75.0%), not real lag
 * @param amberGap    a task behind by at least this much is amber; less is still green (基本序时)
 * @param redGap      a task behind by more than this is red
 * @param metricMatch how alike (0..1, character bigrams) an actual's metric must be to a target's to be read
 *                    as measuring it when several targets share a unit
 */
public record AssessmentPolicy(BigDecimal tolerance, BigDecimal amberGap, BigDecimal redGap, double metricMatch) {

    public AssessmentPolicy {
        Objects.requireNonNull(tolerance, "tolerance");
        Objects.requireNonNull(amberGap, "amberGap");
        Objects.requireNonNull(redGap, "redGap");
        if (tolerance.signum() < 0 || amberGap.signum() < 0 || redGap.compareTo(amberGap) < 0) {
            throw new IllegalArgumentException("need 0 <= tolerance, 0 <= amberGap <= redGap");
        }
        if (metricMatch < 0 || metricMatch > 1) {
            throw new IllegalArgumentException("metricMatch must be within 0..1: " + metricMatch);
        }
    }

    /** Half a point of tolerance; amber 10–30 points below 序时, red beyond. */
    public static AssessmentPolicy defaults() {
        return new AssessmentPolicy(new BigDecimal("0.005"), new BigDecimal("0.10"), new BigDecimal("0.30"), 0.3);
    }

    /**
     * The light for a status. {@code gap} is how far behind the schedule the worst target is (null when not
     * measured): it only matters for {@link Status#BEHIND}.
     */
    public Signal signal(Status status, BigDecimal gap) {
        return switch (status) {
            case COMPLETED, AHEAD, QUALITATIVE -> Signal.GREEN;
            case AT_RISK -> Signal.RED;
            case NO_DATA, UNCLEAR -> Signal.AMBER;
            case NOT_REPORTED -> Signal.GREY;
            case BEHIND -> {
                if (gap == null) {
                    yield Signal.AMBER;
                }
                if (gap.compareTo(redGap) > 0) {
                    yield Signal.RED;
                }
                yield gap.compareTo(amberGap) >= 0 ? Signal.AMBER : Signal.GREEN;
            }
        };
    }
}
