package org.luoshi.assessment;

import java.math.BigDecimal;
import org.luoshi.text.Comparison;
import org.luoshi.text.Quantity;
import org.luoshi.text.QuantityKind;

/** A small builder of hand-made quantities for tests: {@code q("1.33万亩").amount("1.33", "亩").wan().build()}. */
final class Quantities {

    private final String text;
    private String metric = "";
    private QuantityKind kind = QuantityKind.AMOUNT;
    private BigDecimal value = BigDecimal.ZERO;
    private BigDecimal magnitude = BigDecimal.ONE;
    private String unit = "";
    private Comparison comparison = Comparison.EXACT;
    private String asOf = "";

    private Quantities(String text) {
        this.text = text;
    }

    static Quantities q(String text) {
        return new Quantities(text);
    }

    Quantities metric(String m) {
        metric = m;
        return this;
    }

    Quantities amount(String v, String u) {
        kind = QuantityKind.AMOUNT;
        value = new BigDecimal(v);
        unit = u;
        return this;
    }

    Quantities growth(String v) {
        return percent(QuantityKind.GROWTH, v);
    }

    Quantities ratio(String v) {
        return percent(QuantityKind.RATIO, v);
    }

    Quantities completion(String v) {
        return percent(QuantityKind.COMPLETION, v);
    }

    private Quantities percent(QuantityKind k, String v) {
        kind = k;
        value = new BigDecimal(v);
        unit = "%";
        return this;
    }

    Quantities magnitude(BigDecimal m) {
        magnitude = m;
        return this;
    }

    Quantities wan() {
        return magnitude(new BigDecimal("10000"));
    }

    Quantities yi() {
        return magnitude(new BigDecimal("100000000"));
    }

    Quantities atLeast() {
        comparison = Comparison.AT_LEAST;
        return this;
    }

    Quantities atMost() {
        comparison = Comparison.AT_MOST;
        return this;
    }

    Quantities about() {
        comparison = Comparison.ABOUT;
        return this;
    }

    Quantities asOf(String period) {
        asOf = period;
        return this;
    }

    Quantity build() {
        return new Quantity(text, metric, kind, value, magnitude, unit, comparison, asOf, -1);
    }
}
