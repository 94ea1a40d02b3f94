package org.luoshi.assessment;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.regex.Pattern;
import org.luoshi.assessment.Evidence.Outcome;
import org.luoshi.text.Comparison;
import org.luoshi.text.Quantity;
import org.luoshi.text.QuantityKind;

/**
 * The arithmetic of one actual against one target. All comparisons are on normalized values, so 1.33万亩 and
 * 13300亩 are the same figure.
 */
final class Measures {

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** A rate written as a fall: 下降5% is -5 whether or not the reader already signed it. */
    private static final Pattern FALL = Pattern.compile("下降|降低|减少|压减|削减|回落|下滑|减");
    /** Shares of a whole (multi-year) project, which cannot be held against the year's schedule when low. */
    private static final Pattern WHOLE_PROJECT = Pattern.compile("总工程量|工程总量|总程量|总投资|项目总|总体形象");

    private final AssessmentPolicy policy;

    Measures(AssessmentPolicy policy) {
        this.policy = policy;
    }

    /** An actual measured against the target it was linked to. */
    Evidence against(Quantity target, Quantity actual, BigDecimal periodShare) {
        if (actual.kind() == QuantityKind.COMPLETION) {
            return share(actual, periodShare);
        }
        if (actual.kind() == QuantityKind.AMOUNT) {
            return amount(target, actual, periodShare);
        }
        return rate(target, actual, periodShare);
    }

    /** A completion share: of the annual task (完成年度任务的77%) or of a whole project (完成总工程量的71%). */
    Evidence share(Quantity actual, BigDecimal periodShare) {
        BigDecimal done = actual.normalized().divide(HUNDRED, MC);
        BigDecimal expected = PeriodShares.expectedFor(actual.asOf(), periodShare);
        String said = shareLabel(actual) + Wording.asOf(actual) + Wording.uncertainty(actual);
        if (done.compareTo(BigDecimal.ONE) >= 0) {
            return new Evidence(Outcome.COMPLETED, said + " ≥ 100%,已完成", null);
        }
        if (done.compareTo(expected.subtract(policy.tolerance())) >= 0) {
            return new Evidence(Outcome.AHEAD, said + " ≥ 序时进度" + Wording.percent(expected), null);
        }
        if (WHOLE_PROJECT.matcher(actual.text() + actual.metric()).find()) {
            return new Evidence(Outcome.INCOMPARABLE, said + "为项目总体进度,无法与年度序时进度"
                    + Wording.percent(expected) + "对照", null);
        }
        return new Evidence(Outcome.BEHIND, said + " < 序时进度" + Wording.percent(expected),
                expected.subtract(done));
    }

    /** A cumulative amount against target × 序时进度; a cap (以内) the other way round. */
    private Evidence amount(Quantity target, Quantity actual, BigDecimal periodShare) {
        BigDecimal goal = target.normalized();
        String said = Wording.amount(actual) + Wording.asOf(actual) + Wording.uncertainty(actual) + " / 目标"
                + Wording.amount(target) + Wording.bound(target.comparison());
        if (goal.signum() == 0) {
            return new Evidence(Outcome.INCOMPARABLE, said + ",目标为零无法计算比例", null);
        }
        BigDecimal done = actual.normalized().divide(goal, MC);
        BigDecimal expected = PeriodShares.expectedFor(actual.asOf(), periodShare);
        said = said + " = " + Wording.percent(done);
        if (target.comparison() == Comparison.AT_MOST) {
            return cap(done, expected, said);
        }
        if (done.compareTo(BigDecimal.ONE) >= 0) {
            return new Evidence(Outcome.COMPLETED,
                    said + (done.compareTo(BigDecimal.ONE) > 0 ? ",已超额完成" : ",已完成"), null);
        }
        if (done.compareTo(expected.subtract(policy.tolerance())) >= 0) {
            return new Evidence(Outcome.AHEAD, said + " ≥ 序时进度" + Wording.percent(expected), null);
        }
        return new Evidence(Outcome.BEHIND, said + " < 序时进度" + Wording.percent(expected),
                expected.subtract(done));
    }

    /** A ceiling is kept when the year's use stays within its pro-rata part (and, at year end, within it). */
    private Evidence cap(BigDecimal used, BigDecimal expected, String said) {
        if (expected.compareTo(BigDecimal.ONE) >= 0) {
            return used.compareTo(BigDecimal.ONE) <= 0
                    ? new Evidence(Outcome.COMPLETED, said + " ≤ 100%,控制在目标以内", null)
                    : new Evidence(Outcome.BEHIND, said + " > 100%,超出控制目标", used.subtract(BigDecimal.ONE));
        }
        if (used.compareTo(expected.add(policy.tolerance())) <= 0) {
            return new Evidence(Outcome.AHEAD, said + " ≤ 序时进度" + Wording.percent(expected) + ",控制在序时以内",
                    null);
        }
        return new Evidence(Outcome.BEHIND, said + " > 序时进度" + Wording.percent(expected) + ",超出序时控制量",
                used.subtract(expected));
    }

    /**
     * A growth rate or a ratio against its target rate. Rates are not pro-rated: a year's growth target is
     * met mid-year when the cumulative rate is at or above it. A 以内 target, or a target to fall (下降), is met
     * at or below it.
     */
    private Evidence rate(Quantity target, Quantity actual, BigDecimal periodShare) {
        BigDecimal goal = signed(target);
        BigDecimal got = signed(actual);
        boolean lowerIsBetter = target.comparison() == Comparison.AT_MOST || goal.signum() < 0;
        int cmp = got.compareTo(goal);
        boolean met = lowerIsBetter ? cmp <= 0 : cmp >= 0;
        String sign = met ? (lowerIsBetter ? " ≤ " : " ≥ ") : (lowerIsBetter ? " > " : " < ");
        String said = rateLabel(actual, got) + Wording.asOf(actual) + Wording.uncertainty(actual) + sign + "目标"
                + rateLabel(target, goal) + Wording.bound(target.comparison());
        if (met) {
            boolean yearEnd = periodShare.compareTo(BigDecimal.ONE) >= 0;
            return new Evidence(yearEnd ? Outcome.COMPLETED : Outcome.AHEAD, said + (yearEnd ? ",已完成" : ""), null);
        }
        BigDecimal scale = goal.abs().max(BigDecimal.ONE);
        return new Evidence(Outcome.BEHIND, said, got.subtract(goal).abs().divide(scale, MC));
    }

    /** A growth rate with its sign, whether or not "下降" was already turned into a minus. */
    static BigDecimal signed(Quantity q) {
        BigDecimal v = q.value().multiply(q.magnitude());
        if (q.kind() == QuantityKind.GROWTH && v.signum() > 0 && FALL.matcher(q.text() + q.metric()).find()) {
            return v.negate();
        }
        return v;
    }

    private static String rateLabel(Quantity q, BigDecimal signed) {
        if (q.kind() == QuantityKind.GROWTH) {
            return Wording.rate(signed);
        }
        return Wording.plain(signed) + (q.unit().isEmpty() ? "%" : q.unit());
    }

    private static String shareLabel(Quantity q) {
        String text = q.text().contains("%") || q.text().contains("%") ? q.text()
                : Wording.plain(q.value()) + "%";
        boolean bare = text.replaceAll("[\\d.%%]", "").length() < 2;
        return bare && !q.metric().isBlank() ? q.metric() + text : text;
    }
}
