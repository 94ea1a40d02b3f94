package org.luoshi.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.luoshi.text.Comparison;
import org.luoshi.text.Quantity;

/** How figures are written in a reason: as an office writes them ("1.33万亩", "82.2%", "增长4.3%"). */
final class Wording {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Wording() {}

    /** An amount as written: value, magnitude character, unit ("1.6万亩", "13公里"). */
    static String amount(Quantity q) {
        return plain(q.value()) + magnitude(q.magnitude()) + q.unit();
    }

    /** A share as a percentage with one decimal ("79.3%"). */
    static String percent(BigDecimal share) {
        return plain(share.multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP)) + "%";
    }

    /** A rate in percent, signed in words: "增长4.3%", "下降11%". */
    static String rate(BigDecimal signed) {
        return (signed.signum() < 0 ? "下降" : "增长") + plain(signed.abs()) + "%";
    }

    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** "以上", "以内", "左右" or nothing, as a target is stated. */
    static String bound(Comparison comparison) {
        return switch (comparison) {
            case AT_LEAST -> "以上";
            case AT_MOST -> "以内";
            case ABOUT -> "左右";
            case EXACT -> "";
        };
    }

    /** The period note of an actual: "(1-8月)", or nothing. */
    static String asOf(Quantity q) {
        return q.asOf().isBlank() ? "" : "(" + q.asOf() + ")";
    }

    /** Names an actual that is an estimate or approximation, so the reader knows the figure may move. */
    static String uncertainty(Quantity q) {
        if (q.comparison() == Comparison.ABOUT || q.text().contains("预计")) {
            return q.text().contains("预计") ? "(预计数,存在不确定性)" : "(约数,存在不确定性)";
        }
        return "";
    }

    /** A metric for naming a target in a reason: the metric when known, else its text. */
    static String name(Quantity q) {
        return q.metric().isBlank() ? q.text() : q.metric();
    }

    private static String magnitude(BigDecimal magnitude) {
        return switch (magnitude.stripTrailingZeros().toPlainString()) {
            case "1000000000000" -> "万亿";
            case "100000000" -> "亿";
            case "10000000" -> "千万";
            case "1000000" -> "百万";
            case "10000" -> "万";
            case "1000" -> "千";
            case "100" -> "百";
            case "1" -> "";
            default -> "×" + magnitude.toPlainString();
        };
    }
}
