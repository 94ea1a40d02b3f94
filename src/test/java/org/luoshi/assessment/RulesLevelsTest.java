package org.luoshi.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.luoshi.assessment.Quantities.q;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.luoshi.text.Quantity;

/** Levels, forecasts, points and the year's end: figures that are not a running total against a yearly one. */
class RulesLevelsTest {

    private static final BigDecimal Q3 = new BigDecimal("0.75");

    private final Rules rules = new Rules();

    private Judgement judge(List<Quantity> targets, List<Quantity> actuals, BigDecimal share) {
        return rules.judge(new TaskFacts("任务。", targets, "进展。", actuals, share));
    }

    @Test
    void aConcentrationCeilingIsHeldAsItStandsNotProRata() {
        List<Quantity> ceiling = List.of(q("25微克/立方米以内")
                .metric("PM2.5平均浓度")
                .amount("25", "微克/立方米")
                .atMost()
                .build());
        Judgement clean = judge(
                ceiling,
                List.of(q("22微克/立方米").metric("PM2.5平均浓度").amount("22", "微克/立方米").build()),
                Q3);
        Judgement dirty = judge(
                ceiling,
                List.of(q("27微克/立方米").metric("PM2.5平均浓度").amount("27", "微克/立方米").build()),
                Q3);

        assertThat(clean.status()).isEqualTo(Status.AHEAD);
        assertThat(clean.reason()).contains("控制在目标以内");
        assertThat(dirty.status()).isEqualTo(Status.BEHIND);
    }

    @Test
    void aForecastForTheYearIsOnCourseNotDone() {
        List<Quantity> target =
                List.of(q("120亿元").metric("固定资产投资").amount("120", "元").yi().build());
        Judgement enough = judge(
                target,
                List.of(q("预计全年125亿元")
                        .metric("固定资产投资")
                        .amount("125", "元")
                        .yi()
                        .about()
                        .asOf("全年")
                        .build()),
                Q3);
        Judgement short_ = judge(
                target,
                List.of(q("预计全年100亿元")
                        .metric("固定资产投资")
                        .amount("100", "元")
                        .yi()
                        .about()
                        .asOf("全年")
                        .build()),
                Q3);

        assertThat(enough.status()).isEqualTo(Status.AHEAD);
        assertThat(enough.reason()).contains("预计可完成全年目标");
        assertThat(short_.status()).isEqualTo(Status.BEHIND);
    }

    @Test
    void pointsAreNotComparedWithPercentages() {
        Judgement j = judge(
                List.of(q("增长8%").metric("规上工业增加值").growth("8").build()),
                List.of(new Quantity(
                        "低于目标1.8个百分点",
                        "规上工业增加值",
                        org.luoshi.text.QuantityKind.GROWTH,
                        new BigDecimal("-1.8"),
                        BigDecimal.ONE,
                        "百分点",
                        org.luoshi.text.Comparison.EXACT,
                        "",
                        -1)),
                Q3);

        assertThat(j.status()).isEqualTo(Status.NO_DATA);
    }

    @Test
    void atTheYearsEndAMetRateIsCompletedAndAShortAmountBehind() {
        BigDecimal year = BigDecimal.ONE;
        Assessment rate = rules.assess(new TaskFacts(
                "任务。",
                List.of(q("增长7%").metric("一般公共预算收入").growth("7").build()),
                "进展。",
                List.of(q("增长7.3%").metric("一般公共预算收入").growth("7.3").build()),
                year));
        Assessment amount = rules.assess(new TaskFacts(
                "任务。",
                List.of(q("1500亩").metric("绿化造林").amount("1500", "亩").build()),
                "进展。",
                List.of(q("1470亩").metric("绿化造林").amount("1470", "亩").build()),
                year));

        assertThat(rate.status()).isEqualTo(Status.COMPLETED);
        assertThat(amount.status()).isEqualTo(Status.BEHIND);
        assertThat(amount.reason()).contains("98% < 序时进度100%");
        assertThat(amount.signal()).isEqualTo(Signal.GREEN);
    }

    @Test
    void aHalfYearReportHoldsAmountsAgainstHalfTheTarget() {
        Judgement j = judge(
                List.of(q("290亿元").metric("农产品交易额").amount("290", "元").yi().build()),
                List.of(q("150亿元").metric("农产品交易额").amount("150", "元").yi().build()),
                new BigDecimal("0.5"));

        assertThat(j.status()).isEqualTo(Status.AHEAD);
        assertThat(j.reason()).contains("51.7% ≥ 序时进度50%");
    }

    @Test
    void aResultOutweighsAForecastForTheSameTarget() {
        Judgement j = judge(
                List.of(q("120亿元").metric("固定资产投资").amount("120", "元").yi().build()),
                List.of(
                        q("80亿元")
                                .metric("固定资产投资")
                                .amount("80", "元")
                                .yi()
                                .asOf("1-9月")
                                .build(),
                        q("预计全年125亿元")
                                .metric("固定资产投资")
                                .amount("125", "元")
                                .yi()
                                .about()
                                .asOf("全年")
                                .build()),
                Q3);

        assertThat(j.status()).isEqualTo(Status.BEHIND);
        assertThat(j.reason()).contains("80亿元(1-9月) / 目标120亿元 = 66.7% < 序时进度75%");
    }

    @Test
    void aFigureWithoutPeriodCountsAsTheReportsOwnBesideOneForTheSameMonths() {
        Judgement j = judge(
                List.of(q("33亿美元").metric("外轮供应货值").amount("33", "美元").yi().build()),
                List.of(
                        q("27亿美元")
                                .metric("外轮供应货值")
                                .amount("27", "美元")
                                .yi()
                                .asOf("1-9月")
                                .build(),
                        q("26亿美元").metric("外轮供应货值").amount("26", "美元").yi().build()),
                Q3);

        assertThat(j.reason()).contains("27亿美元(1-9月)").contains("另:26亿美元");
    }

    @Test
    void aTargetOfNothingIsKeptWhileNothingHappens() {
        List<Quantity> none =
                List.of(q("0起").metric("较大以上生产安全事故").amount("0", "起").atMost().build());
        Judgement kept = judge(
                none, List.of(q("0起").metric("较大以上生产安全事故").amount("0", "起").build()), Q3);
        Judgement broken = judge(
                none, List.of(q("1起").metric("较大以上生产安全事故").amount("1", "起").build()), Q3);

        assertThat(kept.status()).isEqualTo(Status.AHEAD);
        assertThat(broken.status()).isEqualTo(Status.BEHIND);
    }

    @Test
    void aFallWordInTheMetricDoesNotTurnARise() {
        Judgement j = judge(
                List.of(q("增长10%").metric("减税降费规模").growth("10").build()),
                List.of(q("增长12%").metric("减税降费规模").growth("12").build()),
                Q3);

        assertThat(j.status()).isEqualTo(Status.AHEAD);
        assertThat(j.reason()).contains("增长12% ≥ 目标增长10%");
    }

    /** Unemployment and consumer prices are kept low: "5.5%左右" is a ceiling, met from below. */
    @Test
    void anIndicatorKeptLowIsACeilingEvenWithoutYiNei() {
        List<Quantity> jobless =
                List.of(q("5.5%左右").metric("城镇调查失业率").ratio("5.5").about().build());
        List<Quantity> prices =
                List.of(q("3.5%左右").metric("居民消费价格涨幅").growth("3.5").about().build());
        List<Quantity> output =
                List.of(q("增长8%左右").metric("地区生产总值").growth("8").about().build());

        Judgement lowJobless = judge(
                jobless,
                List.of(q("5.2%以内")
                        .metric("城镇调查失业率")
                        .ratio("5.2")
                        .atMost()
                        .asOf("全年")
                        .build()),
                BigDecimal.ONE);
        Judgement highJobless =
                judge(jobless, List.of(q("5.9%").metric("城镇调查失业率").ratio("5.9").build()), Q3);
        Judgement mildPrices =
                judge(prices, List.of(q("上涨2.6%").metric("居民消费价格").growth("2.6").build()), Q3);
        Judgement dearPrices =
                judge(prices, List.of(q("上涨4.1%").metric("居民消费价格").growth("4.1").build()), Q3);
        Judgement slowOutput =
                judge(output, List.of(q("增长3.8%").metric("地区生产总值").growth("3.8").build()), BigDecimal.ONE);

        assertThat(lowJobless.status()).isEqualTo(Status.COMPLETED);
        assertThat(highJobless.status()).isEqualTo(Status.BEHIND);
        assertThat(mildPrices.status()).isEqualTo(Status.AHEAD);
        assertThat(dearPrices.status()).isEqualTo(Status.BEHIND);
        assertThat(slowOutput.status()).as("growth of output is not kept low").isEqualTo(Status.BEHIND);
    }

    @Test
    void anIndicatorKeptLowWrittenWithYiShangIsAFloor() {
        List<Quantity> target =
                List.of(q("下降率3%以上").metric("安全生产事故起数下降率").ratio("3").atLeast().build());

        Judgement j =
                judge(target, List.of(q("5%").metric("安全生产事故起数下降率").ratio("5").build()), Q3);

        assertThat(j.status()).isEqualTo(Status.AHEAD);
    }
}
