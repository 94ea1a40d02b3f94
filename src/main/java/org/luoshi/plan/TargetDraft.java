package org.luoshi.plan;

import java.math.BigDecimal;
import org.luoshi.DomainException;
import org.luoshi.text.Comparison;
import org.luoshi.text.Quantity;
import org.luoshi.text.QuantityKind;

/**
 * A target as the office typed it (metric, kind, value, magnitude, unit, comparator). The unit must fit the kind:
 * a growth, a ratio and a completion are in percent (a growth also in 个百分点), an amount in anything but percent.
 */
public record TargetDraft(
        String metric, String kind, BigDecimal value, BigDecimal magnitude, String unit, String comparator) {

    static final int METRIC_MAX = 200;
    static final int UNIT_MAX = 40;

    public TargetDraft {
        metric = metric == null ? "" : metric.strip();
        kind = kind == null ? "" : kind.strip();
        unit = unit == null ? "" : unit.strip();
        comparator = comparator == null || comparator.isBlank() ? ">=" : comparator.strip();
        magnitude = magnitude == null ? BigDecimal.ONE : magnitude;
    }

    /** The target as the rules read it; refuses what does not make one. */
    Quantity quantity() {
        if (metric.isEmpty()) {
            throw DomainException.of(DomainException.Kind.BAD_INPUT, "edit.target.metric.empty");
        }
        if (metric.length() > METRIC_MAX || unit.length() > UNIT_MAX) {
            throw DomainException.of(
                    DomainException.Kind.BAD_INPUT,
                    "edit.field.tooLong",
                    metric.length() > METRIC_MAX ? "metric" : "unit",
                    metric.length() > METRIC_MAX ? METRIC_MAX : UNIT_MAX);
        }
        if (value == null) {
            throw DomainException.of(DomainException.Kind.BAD_INPUT, "edit.target.value.empty");
        }
        if (value.abs().compareTo(new BigDecimal("1000000000000")) >= 0 || value.scale() > 6) {
            throw DomainException.of(DomainException.Kind.BAD_INPUT, "edit.target.value.range");
        }
        if (magnitude.signum() <= 0
                || magnitude.stripTrailingZeros().scale() > 0
                || magnitude.compareTo(new BigDecimal("100000000")) > 0) {
            throw DomainException.of(DomainException.Kind.BAD_INPUT, "edit.target.magnitude");
        }
        QuantityKind k;
        Comparison c;
        try {
            k = QuantityKind.fromCode(kind);
        } catch (IllegalArgumentException e) {
            throw DomainException.of(DomainException.Kind.BAD_INPUT, "edit.target.kind", kind);
        }
        try {
            c = Comparison.fromSymbol(comparator);
        } catch (IllegalArgumentException e) {
            throw DomainException.of(DomainException.Kind.BAD_INPUT, "edit.target.comparator", comparator);
        }
        if (!fits(k, unit)) {
            throw DomainException.of(DomainException.Kind.BAD_INPUT, "edit.target.unit", unit, k.code());
        }
        BigDecimal v = value.stripTrailingZeros();
        BigDecimal m = magnitude.stripTrailingZeros();
        return new Quantity(text(metric, k, v, m, unit, c), metric, k, v, m, unit, c, "", -1);
    }

    static boolean fits(QuantityKind kind, String unit) {
        return switch (kind) {
            case GROWTH -> unit.equals("%") || unit.equals("个百分点");
            case RATIO, COMPLETION -> unit.equals("%");
            case AMOUNT -> !unit.isEmpty() && !unit.equals("%") && !unit.equals("个百分点");
        };
    }

    /** The target in words, as an office would print it: "新建污水管网20公里以上", "规上工业增加值增长8%". */
    static String text(
            String metric, QuantityKind kind, BigDecimal value, BigDecimal magnitude, String unit, Comparison c) {
        String growth = kind == QuantityKind.GROWTH && !metric.endsWith("增长") && value.signum() >= 0 ? "增长" : "";
        String suffix = switch (c) {
            case AT_LEAST -> "以上";
            case AT_MOST -> "以内";
            case ABOUT -> "左右";
            case EXACT -> "";
        };
        return metric + growth + value.toPlainString() + magnitudeWord(magnitude) + unit + suffix;
    }

    static String magnitudeWord(BigDecimal magnitude) {
        return switch (magnitude.stripTrailingZeros().toPlainString()) {
            case "1" -> "";
            case "100" -> "百";
            case "1000" -> "千";
            case "10000" -> "万";
            case "100000000" -> "亿";
            default -> "×" + magnitude.toPlainString();
        };
    }
}
