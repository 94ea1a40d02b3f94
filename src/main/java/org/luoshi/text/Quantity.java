package org.luoshi.text;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number read from Chinese text with what it means: "1.8万人以上" is 1.8 × 10⁴ 人, at least.
 *
 * @param text       exact substring of the source text
 * @param metric     what is measured, short, from the text ("新引进高校毕业生"); may be ""
 * @param kind       growth, amount, ratio or completion
 * @param value      the number as written (1.8)
 * @param magnitude  10⁴ for 万, 10⁸ for 亿, 10³ for 千, 10² for 百, else 1
 * @param unit       base unit after the magnitude (人, 元, %, 千瓦, 标箱 …); never null, "" only when none is written
 * @param comparison how the figure binds
 * @param asOf       for actuals, the period the figure covers when stated (1-8月, 截至9月底); else ""
 * @param start      offset of {@code text} in the source string, -1 when unknown
 */
public record Quantity(
        String text,
        String metric,
        QuantityKind kind,
        BigDecimal value,
        BigDecimal magnitude,
        String unit,
        Comparison comparison,
        String asOf,
        int start) {

    public Quantity {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(magnitude, "magnitude");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(comparison, "comparison");
        metric = metric == null ? "" : metric;
        asOf = asOf == null ? "" : asOf;
        if (magnitude.signum() <= 0) {
            throw new IllegalArgumentException("magnitude must be positive: " + magnitude);
        }
    }

    /** value × magnitude, without trailing zeros. */
    public BigDecimal normalized() {
        return value.multiply(magnitude).stripTrailingZeros();
    }

    public boolean isPercent() {
        return "%".equals(unit);
    }
}
