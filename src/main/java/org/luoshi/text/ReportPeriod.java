package org.luoshi.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period named the way offices name it (一季度, 上半年, 前三季度, 1-11月, 全年, 9月), with its end
 * and the 序时进度 (share of the year elapsed) at that end.
 *
 * @param label         the words as printed
 * @param end           the last day of the period, in the given year
 * @param expectedShare share of the year elapsed at {@code end}: quarters .25/.5/.75/1, months n/12
 */
public record ReportPeriod(String label, LocalDate end, BigDecimal expectedShare) {

    private static final Pattern MONTH_RANGE =
            Pattern.compile("(?:1|一)\\s*[-—–~至到]\\s*(1[0-2]|[1-9]|十[一二]?|[二三四五六七八九])\\s*月(?:份)?");
    private static final Pattern AS_OF_MONTH =
            Pattern.compile("截[至止]\\s*(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])\\s*月(?:底|末)");
    private static final Pattern AS_OF_DAY =
            Pattern.compile("截[至止]\\s*(?:\\d{4}年)?\\s*(1[0-2]|[1-9])\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern SINGLE_MONTH =
            Pattern.compile("(?<![0-9\\-—–~至到])(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])\\s*月份?(?:工作)?(?:进展|完成|推进|落实)");

    public ReportPeriod {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(expectedShare, "expectedShare");
    }

    /** The period at the end of {@code month} of {@code year}: share month/12. */
    public static ReportPeriod ofMonths(String label, int year, int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
        LocalDate end = YearMonth.of(year, month).atEndOfMonth();
        BigDecimal share = month % 3 == 0
                ? BigDecimal.valueOf(month / 3).divide(BigDecimal.valueOf(4)).stripTrailingZeros()
                : BigDecimal.valueOf(month).divide(BigDecimal.valueOf(12), 4, RoundingMode.HALF_UP);
        return new ReportPeriod(label, end, share);
    }

    /**
     * Finds the period a title or heading speaks of: "前三季度完成情况" → 前三季度 ending 30 September, .75.
     * The most specific naming wins (前三季度 over 三季度, 1-11月 over 11月).
     */
    public static Optional<ReportPeriod> find(String text, int year) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.replaceAll("\\s+", "");
        Matcher range = MONTH_RANGE.matcher(t);
        if (range.find()) {
            return Optional.of(ofMonths(range.group(), year, month(range.group(1))));
        }
        String[][] named = {
            {"前三季度", "9"},
            {"第三季度", "9"},
            {"三季度", "9"},
            {"上半年", "6"},
            {"半年度", "6"},
            {"第二季度", "6"},
            {"二季度", "6"},
            {"第一季度", "3"},
            {"一季度", "3"},
            {"第四季度", "12"},
            {"四季度", "12"},
            {"全年", "12"},
            {"年度完成", "12"},
            {"年终", "12"},
            {"年底", "12"},
        };
        for (String[] n : named) {
            if (t.contains(n[0])) {
                return Optional.of(ofMonths(n[0], year, Integer.parseInt(n[1])));
            }
        }
        Matcher asOf = AS_OF_MONTH.matcher(t);
        if (asOf.find()) {
            return Optional.of(ofMonths(asOf.group(), year, month(asOf.group(1))));
        }
        Matcher day = AS_OF_DAY.matcher(t);
        if (day.find()) {
            // A figure "截至9月15日" is mid-month: the schedule counts only the months already over.
            int m = Integer.parseInt(day.group(1));
            int d = Integer.parseInt(day.group(2));
            int months = d >= 28 ? m : m - 1;
            if (months >= 1) {
                return Optional.of(ofMonths(day.group(), year, months));
            }
        }
        Matcher single = SINGLE_MONTH.matcher(t);
        if (single.find()) {
            int m = month(single.group(1));
            return Optional.of(ofMonths(
                    t.substring(single.start(), single.start() + single.group().indexOf('月') + 1), year, m));
        }
        return Optional.empty();
    }

    static int month(String s) {
        if (s.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(s);
        }
        String digits = "一二三四五六七八九";
        if (s.startsWith("十")) {
            return s.length() == 1 ? 10 : 10 + digits.indexOf(s.charAt(1)) + 1;
        }
        return digits.indexOf(s.charAt(0)) + 1;
    }
}
