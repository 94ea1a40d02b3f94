package org.luoshi.web;

import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/**
 * Figures as offices write them, for the pages: 1000亿元 and 70.66亿元, never 100000000000. Templates call it as
 * {@code ${@figures.written(value, magnitude, unit)}}.
 */
@Component("figures")
public class Figures {

    /** "1000亿元" for 1000 × 10⁸ 元; a magnitude without a word of its own falls back to the plain number. */
    public String written(BigDecimal value, BigDecimal magnitude, String unit) {
        if (value == null) {
            return "";
        }
        String u = unit == null ? "" : unit;
        if (magnitude == null || magnitude.compareTo(BigDecimal.ONE) == 0) {
            return plain(value) + u;
        }
        String word = word(magnitude);
        return word == null ? plain(value.multiply(magnitude)) + u : plain(value) + word + u;
    }

    private static String word(BigDecimal magnitude) {
        return switch (magnitude.stripTrailingZeros().toPlainString()) {
            case "100" -> "\u767E";
            case "1000" -> "\u5343";
            case "10000" -> "\u4E07";
            case "1000000" -> "\u767E\u4E07";
            case "10000000" -> "\u5343\u4E07";
            case "100000000" -> "\u4EBF";
            default -> null;
        };
    }

    private static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }
}
