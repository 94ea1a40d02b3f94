package org.luoshi.text;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as Chinese reports write them: Arabic with separators ("1,234", full-width "１２"), and Chinese
 * numerals ("两", "三千五百", "十二万", "三分之一"). Parsing never throws on text; it returns {@code null}
 * when the characters are not a number.
 */
final class ChineseNumber {

    private static final String DIGITS = "零一二三四五六七八九";
    private static final int MAX_DIGITS = 40;

    private ChineseNumber() {}

    static boolean isArabicDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    static int arabicValue(char c) {
        return c >= '０' ? c - '０' : c - '0';
    }

    /** Characters that may appear in a Chinese numeral (digits and the unit characters 十百千万亿). */
    static boolean isChineseNumeral(char c) {
        return DIGITS.indexOf(c) >= 0 || c == '〇' || c == '两' || isChineseUnit(c);
    }

    static boolean isChineseUnit(char c) {
        return c == '十' || c == '百' || c == '千' || c == '万' || c == '亿';
    }

    /**
     * End (exclusive) of an Arabic number starting at {@code start}: digits, thousands separators followed by
     * three digits ("1,234"), one decimal point followed by a digit. Full-width digits count.
     */
    static int arabicEnd(CharSequence s, int start) {
        int i = start;
        int n = s.length();
        boolean decimal = false;
        int count = 0;
        while (i < n && count < MAX_DIGITS) {
            char c = s.charAt(i);
            if (isArabicDigit(c)) {
                i++;
                count++;
            } else if (c == ',' && !decimal && i + 3 < n + 1 && threeDigits(s, i + 1)) {
                i++;
            } else if ((c == '.' || c == '．') && !decimal && i + 1 < n && isArabicDigit(s.charAt(i + 1))) {
                decimal = true;
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean threeDigits(CharSequence s, int from) {
        if (from + 3 > s.length()) {
            return false;
        }
        for (int k = from; k < from + 3; k++) {
            if (!isArabicDigit(s.charAt(k))) {
                return false;
            }
        }
        return from + 3 == s.length() || !isArabicDigit(s.charAt(from + 3));
    }

    /** The value of an Arabic number as returned by {@link #arabicEnd}; null when there is none. */
    static BigDecimal parseArabic(CharSequence s, int start, int end) {
        StringBuilder b = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (isArabicDigit(c)) {
                b.append((char) ('0' + arabicValue(c)));
            } else if (c == '.' || c == '．') {
                b.append('.');
            }
        }
        if (b.length() == 0 || b.charAt(0) == '.') {
            return null;
        }
        return new BigDecimal(b.toString());
    }

    /** Convenience for whole strings: "1,234.5" → 1234.5, "三千五百" → 3500; null when not a number. */
    static BigDecimal parse(String s) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        String t = s.strip();
        if (t.isEmpty()) {
            return null;
        }
        if (isArabicDigit(t.charAt(0))) {
            int end = arabicEnd(t, 0);
            return end == t.length() ? parseArabic(t, 0, end) : null;
        }
        int frac = t.indexOf("分之");
        if (frac > 0) {
            return fraction(t.substring(0, frac), t.substring(frac + 2));
        }
        return parseChinese(t);
    }

    /**
     * A Chinese numeral: "两" 2, "十二" 12, "三千五百" 3500, "一万二千" 12000, "三点五" 3.5, "一亿" 1e8.
     * Returns null when {@code s} holds anything else.
     */
    static BigDecimal parseChinese(String s) {
        if (s == null || s.isEmpty() || s.length() > MAX_DIGITS) {
            return null;
        }
        int point = s.indexOf('点');
        if (point >= 0) {
            BigDecimal whole = parseChinese(s.substring(0, point));
            String fractionDigits = s.substring(point + 1);
            if (whole == null || fractionDigits.isEmpty()) {
                return null;
            }
            StringBuilder b = new StringBuilder(whole.toPlainString()).append('.');
            for (char c : fractionDigits.toCharArray()) {
                int d = digit(c);
                if (d < 0) {
                    return null;
                }
                b.append(d);
            }
            return new BigDecimal(b.toString());
        }
        BigDecimal total = BigDecimal.ZERO; // completed 亿 sections
        long section = 0; // below 亿, completed 万 part included
        long group = 0; // below 万
        long pending = -1; // the last digit read, not yet multiplied
        boolean any = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                if (pending >= 0 && pending != 0 && d != 0) {
                    return null; // "三五" is not one number here
                }
                pending = d;
                any = true;
                continue;
            }
            long unit;
            switch (c) {
                case '十' -> unit = 10;
                case '百' -> unit = 100;
                case '千' -> unit = 1000;
                case '万' -> unit = 10_000;
                case '亿' -> unit = 100_000_000;
                default -> {
                    return null;
                }
            }
            any = true;
            if (unit < 10_000) {
                long digitValue = pending < 0 ? 1 : pending; // "十二" starts with an implied 一
                group += digitValue * unit;
                pending = -1;
            } else if (unit == 10_000) {
                long g = group + Math.max(pending, 0);
                section += (g == 0 ? 1 : g) * 10_000;
                group = 0;
                pending = -1;
            } else {
                long g = section + group + Math.max(pending, 0);
                total = total.add(BigDecimal.valueOf(g == 0 ? 1 : g)).multiply(BigDecimal.valueOf(unit));
                section = 0;
                group = 0;
                pending = -1;
            }
        }
        if (!any) {
            return null;
        }
        long rest = section + group + Math.max(pending, 0);
        return total.add(BigDecimal.valueOf(rest));
    }

    /** "三分之一" → 33.33 (percent, two decimals), as offices state shares. */
    static BigDecimal fraction(String denominator, String numerator) {
        BigDecimal d = parse(denominator);
        BigDecimal n = parse(numerator);
        if (d == null || n == null || d.signum() == 0) {
            return null;
        }
        return n.multiply(BigDecimal.valueOf(100)).divide(d, 2, RoundingMode.HALF_UP);
    }

    static int digit(char c) {
        if (c == '两') {
            return 2;
        }
        if (c == '〇' || c == '零') {
            return 0;
        }
        int d = DIGITS.indexOf(c);
        return d > 0 ? d : (d == 0 ? 0 : -1);
    }
}
