package org.luoshi.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The months an actual's own period covers ("1-8月" → 8, "前三季度" → 9), so that a figure reported for an
 * earlier month than the period end is held against that month's 序时进度, not the period's.
 */
final class PeriodShares {

    private static final Pattern MONTH = Pattern.compile("(\\d{1,2}|[一二三四五六七八九十]{1,3})个?月");
    private static final String[][] QUARTERS = {
        {"前三季度", "9"}, {"三季度", "9"}, {"上半年", "6"}, {"半年", "6"}, {"二季度", "6"},
        {"一季度", "3"}, {"四季度", "12"}, {"全年", "12"}, {"年底", "12"}, {"年末", "12"},
    };
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private PeriodShares() {}

    /** The last month an "as of" text covers, if it names one. */
    static OptionalInt month(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return OptionalInt.empty();
        }
        int last = -1;
        Matcher m = MONTH.matcher(asOf);
        while (m.find()) {
            last = number(m.group(1));
        }
        if (last >= 1 && last <= 12) {
            return OptionalInt.of(last);
        }
        for (String[] q : QUARTERS) {
            if (asOf.contains(q[0])) {
                return OptionalInt.of(Integer.parseInt(q[1]));
            }
        }
        return OptionalInt.empty();
    }

    /**
     * The 序时进度 to hold an actual against: its own month's share when it covers fewer months than the
     * period, else the period's.
     */
    static BigDecimal expectedFor(String asOf, BigDecimal periodShare) {
        OptionalInt month = month(asOf);
        if (month.isEmpty()) {
            return periodShare;
        }
        BigDecimal own = BigDecimal.valueOf(month.getAsInt()).divide(TWELVE, 4, RoundingMode.HALF_UP);
        return own.compareTo(periodShare) < 0 ? own : periodShare;
    }

    private static int number(String s) {
        if (Character.isDigit(s.charAt(0))) {
            return Integer.parseInt(s);
        }
        String digits = "一二三四五六七八九";
        if (s.equals("十")) {
            return 10;
        }
        if (s.startsWith("十")) {
            return 10 + digits.indexOf(s.charAt(1)) + 1;
        }
        return digits.indexOf(s.charAt(0)) + 1;
    }
}
