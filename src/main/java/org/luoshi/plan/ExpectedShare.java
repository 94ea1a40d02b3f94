package org.luoshi.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;

/**
 * 序时进度 as an office writes it: "75%", "75" or "0.75" all mean three quarters of the year's targets. A number
 * above 1 without a percent sign is read as percent (nobody means 75 times the target); anything else above 100%
 * or below 0 is refused.
 */
public final class ExpectedShare {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ExpectedShare() {}

    /**
     * @return empty for a blank text (the share is then computed from the dates)
     * @throws IllegalArgumentException when the text is not a share between 0 and 100%
     */
    public static Optional<BigDecimal> parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String text = typed.strip().replace('\uFF05', '%').replace('\uFF0E', '.');
        boolean percent = text.endsWith("%");
        if (percent) {
            text = text.substring(0, text.length() - 1).strip();
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a share: " + typed);
        }
        if (percent || value.compareTo(BigDecimal.ONE) > 0) {
            value = value.divide(HUNDRED);
        }
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("not a share: " + typed);
        }
        return Optional.of(value);
    }

    /** The elapsed share of the calendar year at the end of {@code end}, to two places: 0.75 at 30 September. */
    public static BigDecimal ofYear(LocalDate end) {
        return BigDecimal.valueOf(end.getDayOfYear())
                .divide(BigDecimal.valueOf(end.lengthOfYear()), 2, RoundingMode.HALF_UP);
    }
}
