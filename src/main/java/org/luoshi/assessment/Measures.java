package org.luoshi.assessment;

import java.math.BigDecimal;
import java.math.MathContext;
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
    private static final Pattern FALL = Pattern.compile("下降|降低|减少|压减|削减|回落|下滑|降幅");
    /** A rate written as a rise, which a fall word in the metric ("减税降费规模增长10%") does not turn. */
    private static final Pattern RISE = Pattern.compile("增长|增加|提高|提升|上升|增幅|增速");
    /**
     * Amounts that are levels, not sums over the year (25微克/立方米, 均价, 指数): held against the target as they
     * stand, like rates, not against target × 序时进度.
     */
    private static final Pattern LEVEL = Pattern.compile("/|每|浓度|密度|均价|单价|价格|指数|平均");
    /** Words that count work at a stage before the result (applied, nominated, started, signed, in review). */
    private static final Pattern EARLIER_STAGE = Pattern.compile("申报|推荐|候选|入围|对象|储备|谋划|在建|开工|签约|报批|公示");
    /** Shares of a whole (multi-year) project, which cannot be held against the year's schedule when low. */
    private static final Pattern WHOLE_PROJECT = Pattern.compile("总工程量|工程总量|总程量|总投资|项目总|总体形象");

    /**
     * Indicators kept low by nature: a target for them is a ceiling even when written "5.5%左右" or "3%" without
     * 以内 (unemployment, consumer prices, energy use, accidents and deaths, deficit and debt ratios, bad loans,
     * fine particles).
     */
    private static final Pattern CEILING_METRIC =
            Pattern.compile("失业率|居民消费价格|物价|CPI|能耗|死亡|事故|发病率|赤字率|负债率|不良(贷款)?率|排放强度|PM2\\.?5|细颗粒物");

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
            Evidence e = amount(target, actual, periodShare);
            String stage = earlierStage(target, actual);
            if (e.outcome() == Outcome.COMPLETED && stage != null) {
                String said = e.text().replaceFirst(",已(超额)?完成$", "") + ",但为“" + stage + "”阶段的数字,尚未完成";
                return new Evidence(Outcome.AHEAD, said, null, e.rule(), e.achieved(), e.expected());
            }
            return e;
        }
        return rate(target, actual, periodShare);
    }

    /**
     * The stage word when a figure counts an earlier stage than the target does: 34个 创建对象审核 or 53家 推荐申报
     * are not yet the 30 villages named or the firms recognised, 12个 开工 not 12 finished. Such a figure can put a
     * task on schedule but cannot complete it. Null when the stages agree.
     */
    private static String earlierStage(Quantity target, Quantity actual) {
        String goal = Hanzi.normalize(target.text() + target.metric());
        java.util.regex.Matcher m = EARLIER_STAGE.matcher(Hanzi.normalize(actual.text() + actual.metric()));
        while (m.find()) {
            if (!goal.contains(m.group())) {
                return m.group();
            }
        }
        return null;
    }

    /** A completion share: of the annual task (完成年度任务的77%) or of a whole project (完成总工程量的71%). */
    Evidence share(Quantity actual, BigDecimal periodShare) {
        BigDecimal done = actual.normalized().divide(HUNDRED, MC);
        BigDecimal expected = PeriodShares.expectedFor(actual.asOf(), periodShare);
        return shareOf(actual, done, expected).measuredBy("share", done, expected);
    }

    private Evidence shareOf(Quantity actual, BigDecimal done, BigDecimal expected) {
        String said = shareLabel(actual) + Wording.asOf(actual) + Wording.uncertainty(actual);
        if (done.compareTo(BigDecimal.ONE) >= 0) {
            return new Evidence(Outcome.COMPLETED, said + " ≥ 100%,已完成", null);
        }
        if (done.compareTo(expected.subtract(policy.tolerance())) >= 0) {
            return new Evidence(Outcome.AHEAD, said + " ≥ 序时进度" + Wording.percent(expected), null);
        }
        if (WHOLE_PROJECT
                .matcher(Hanzi.normalize(actual.text() + actual.metric()))
                .find()) {
            return new Evidence(
                    Outcome.INCOMPARABLE, said + "为项目总体进度,无法与年度序时进度" + Wording.percent(expected) + "对照", null);
        }
        return new Evidence(Outcome.BEHIND, said + " < 序时进度" + Wording.percent(expected), expected.subtract(done));
    }

    /** A cumulative amount against target × 序时进度; a cap (以内) the other way round. */
    private Evidence amount(Quantity target, Quantity actual, BigDecimal periodShare) {
        BigDecimal goal = target.normalized();
        String said = Wording.amount(actual) + Wording.asOf(actual) + Wording.uncertainty(actual) + " / 目标"
                + Wording.amount(target) + Wording.bound(target.comparison());
        // A target of nothing (0起) has no share to take: it is a level to keep.
        if (goal.signum() == 0
                || LEVEL.matcher(Hanzi.normalize(target.unit() + target.metric()))
                        .find()) {
            return level(target, actual, periodShare, said).measuredBy("level", actual.normalized(), goal);
        }
        BigDecimal done = actual.normalized().divide(goal, MC);
        said = said + " = " + Wording.percent(done);
        if (forecast(actual, periodShare)) {
            return forecastOf(target, done, said).measuredBy("forecast", done, BigDecimal.ONE);
        }
        BigDecimal expected = PeriodShares.expectedFor(actual.asOf(), periodShare);
        if (target.comparison() == Comparison.AT_MOST) {
            return cap(done, expected, said).measuredBy("cap", done, expected);
        }
        return cumulative(done, expected, said).measuredBy("amount", done, expected);
    }

    private Evidence cumulative(BigDecimal done, BigDecimal expected, String said) {
        if (done.compareTo(BigDecimal.ONE) >= 0) {
            return new Evidence(
                    Outcome.COMPLETED, said + (done.compareTo(BigDecimal.ONE) > 0 ? ",已超额完成" : ",已完成"), null);
        }
        if (done.compareTo(expected.subtract(policy.tolerance())) >= 0) {
            return new Evidence(Outcome.AHEAD, said + " ≥ 序时进度" + Wording.percent(expected), null);
        }
        return new Evidence(Outcome.BEHIND, said + " < 序时进度" + Wording.percent(expected), expected.subtract(done));
    }

    /** A level is met when it stands at or beyond the target (below it, for a ceiling). */
    private static Evidence level(Quantity target, Quantity actual, BigDecimal periodShare, String said) {
        boolean lowerIsBetter = ceiling(target);
        int cmp = actual.normalized().compareTo(target.normalized());
        boolean met = lowerIsBetter ? cmp <= 0 : cmp >= 0;
        if (met) {
            boolean yearEnd = periodShare.compareTo(BigDecimal.ONE) >= 0;
            return new Evidence(
                    yearEnd ? Outcome.COMPLETED : Outcome.AHEAD, said + (lowerIsBetter ? ",控制在目标以内" : ",达到目标水平"), null);
        }
        BigDecimal miss = actual.normalized().subtract(target.normalized()).abs();
        BigDecimal gap = target.normalized().signum() == 0
                ? BigDecimal.ONE
                : miss.divide(target.normalized().abs(), MC);
        return new Evidence(Outcome.BEHIND, said + (lowerIsBetter ? ",高于控制目标" : ",未达到目标水平"), gap);
    }

    /** A figure for a later period than the report's ("预计全年") is a forecast, not a result. */
    private static boolean forecast(Quantity actual, BigDecimal periodShare) {
        var month = PeriodShares.month(actual.asOf());
        return month.isPresent()
                && periodShare.compareTo(BigDecimal.ONE) < 0
                && BigDecimal.valueOf(month.getAsInt()).compareTo(periodShare.multiply(BigDecimal.valueOf(12))) > 0;
    }

    /** A forecast that reaches the target says the task is on course; one that falls short says it lags. */
    private static Evidence forecastOf(Quantity target, BigDecimal done, String said) {
        if (target.comparison() == Comparison.AT_MOST) {
            return done.compareTo(BigDecimal.ONE) <= 0
                    ? new Evidence(Outcome.AHEAD, said + ",预计可控制在目标以内", null)
                    : new Evidence(Outcome.BEHIND, said + ",预计将超出控制目标", done.subtract(BigDecimal.ONE));
        }
        return done.compareTo(BigDecimal.ONE) >= 0
                ? new Evidence(Outcome.AHEAD, said + ",预计可完成全年目标", null)
                : new Evidence(Outcome.BEHIND, said + ",预计难以完成全年目标", BigDecimal.ONE.subtract(done));
    }

    /** A ceiling is kept when the year's use stays within its pro-rata part (and, at year end, within it). */
    private Evidence cap(BigDecimal used, BigDecimal expected, String said) {
        if (expected.compareTo(BigDecimal.ONE) >= 0) {
            return used.compareTo(BigDecimal.ONE) <= 0
                    ? new Evidence(Outcome.COMPLETED, said + " ≤ 100%,控制在目标以内", null)
                    : new Evidence(Outcome.BEHIND, said + " > 100%,超出控制目标", used.subtract(BigDecimal.ONE));
        }
        if (used.compareTo(expected.add(policy.tolerance())) <= 0) {
            return new Evidence(Outcome.AHEAD, said + " ≤ 序时进度" + Wording.percent(expected) + ",控制在序时以内", null);
        }
        return new Evidence(
                Outcome.BEHIND, said + " > 序时进度" + Wording.percent(expected) + ",超出序时控制量", used.subtract(expected));
    }

    /**
     * A growth rate or a ratio against its target rate. Rates are not pro-rated: a year's growth target is
     * met mid-year when the cumulative rate is at or above it. A 以内 target, or a target to fall (下降), is met
     * at or below it.
     */
    private Evidence rate(Quantity target, Quantity actual, BigDecimal periodShare) {
        BigDecimal goal = signed(target);
        BigDecimal got = signed(actual);
        boolean lowerIsBetter = ceiling(target) || goal.signum() < 0;
        int cmp = got.compareTo(goal);
        boolean met = lowerIsBetter ? cmp <= 0 : cmp >= 0;
        String sign = met ? (lowerIsBetter ? " ≤ " : " ≥ ") : (lowerIsBetter ? " > " : " < ");
        String said = rateLabel(actual, got) + Wording.asOf(actual) + Wording.uncertainty(actual) + sign + "目标"
                + rateLabel(target, goal) + Wording.bound(target.comparison());
        if (met) {
            boolean yearEnd = periodShare.compareTo(BigDecimal.ONE) >= 0;
            return new Evidence(yearEnd ? Outcome.COMPLETED : Outcome.AHEAD, said + (yearEnd ? ",已完成" : ""), null)
                    .measuredBy("rate", got, goal);
        }
        BigDecimal scale = goal.abs().max(BigDecimal.ONE);
        return new Evidence(Outcome.BEHIND, said, got.subtract(goal).abs().divide(scale, MC))
                .measuredBy("rate", got, goal);
    }

    /** A target not to exceed: written so (以内, 不超过), or an indicator kept low by nature, unless written 以上. */
    static boolean ceiling(Quantity target) {
        return target.comparison() == Comparison.AT_MOST
                || target.comparison() != Comparison.AT_LEAST
                        && CEILING_METRIC
                                .matcher(Hanzi.normalize(target.metric() + target.text()))
                                .find();
    }

    /** A growth rate with its sign, whether or not "下降" was already turned into a minus. */
    static BigDecimal signed(Quantity q) {
        BigDecimal v = q.value().multiply(q.magnitude());
        if (q.kind() != QuantityKind.GROWTH || v.signum() <= 0) {
            return v;
        }
        String text = Hanzi.normalize(q.text());
        if (RISE.matcher(text).find()) {
            return v;
        }
        return FALL.matcher(text + Hanzi.normalize(q.metric())).find() ? v.negate() : v;
    }

    private static String rateLabel(Quantity q, BigDecimal signed) {
        if (q.kind() == QuantityKind.GROWTH && (q.isPercent() || q.unit().isEmpty())) {
            return Wording.rate(signed);
        }
        if (q.kind() == QuantityKind.GROWTH) {
            String unit = "百分点".equals(q.unit()) ? "个百分点" : q.unit();
            return (signed.signum() < 0 ? "下降" : "提高") + Wording.plain(signed.abs()) + unit;
        }
        return Wording.plain(signed) + (q.unit().isEmpty() ? "%" : q.unit());
    }

    private static String shareLabel(Quantity q) {
        String text = q.text().contains("%") || q.text().contains("%") ? q.text() : Wording.plain(q.value()) + "%";
        boolean bare = text.replaceAll("[\\d.%%]", "").length() < 2;
        return bare && !q.metric().isBlank() ? q.metric() + text : text;
    }
}
