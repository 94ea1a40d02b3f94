package org.luoshi.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Comparator and kind cues around a number, as reports write them. */
class CuesTest {

    private final QuantityExtractor extractor = new QuantityExtractor();

    private Quantity only(String text) {
        List<Quantity> qs = extractor.targets(text);
        assertThat(qs).as(text).hasSize(1);
        return qs.get(0);
    }

    private Quantity onlyActual(String progress) {
        return onlyActual(progress, "");
    }

    private Quantity onlyActual(String progress, String content) {
        List<Quantity> qs = extractor.actuals(progress, List.of(), content);
        assertThat(qs).as(progress).hasSize(1);
        return qs.get(0);
    }

    @Test
    void readsJinAsAbout() {
        assertThat(only("带动就业近3000人").comparison()).isEqualTo(Comparison.ABOUT);
    }

    @Test
    void readsDuoAsAtLeast() {
        Quantity q = only("吸引3000多人参加");
        assertThat(q.comparison()).isEqualTo(Comparison.AT_LEAST);
        assertThat(q.normalized()).isEqualByComparingTo("3000");
    }

    @Test
    void readsYuBeforeTheMagnitude() {
        Quantity q = only("获得出口订单5000余万元");
        assertThat(q.normalized()).isEqualByComparingTo("50000000");
        assertThat(q.comparison()).isEqualTo(Comparison.AT_LEAST);
    }

    @Test
    void readsYuAfterTheMagnitude() {
        assertThat(only("培训1.5万余人").normalized()).isEqualByComparingTo("15000");
    }

    @Test
    void readsBaiYiAfterTuPo() {
        assertThat(only("产值突破百亿").normalized()).isEqualByComparingTo("10000000000");
    }

    @Test
    void readsBareYiAsMoney() {
        Quantity q = only("实际到位市外资金预计550亿以上");
        assertThat(q.unit()).isEqualTo("元");
        assertThat(q.comparison()).isEqualTo(Comparison.AT_LEAST);
    }

    @Test
    void readsTongBiAloneAsGrowth() {
        Quantity q = only("保税燃料油加注量同比14.5%");
        assertThat(q.kind()).isEqualTo(QuantityKind.GROWTH);
        assertThat(q.text()).isEqualTo("同比14.5%");
    }

    @Test
    void readsZengFuAsGrowth() {
        assertThat(only("收入增幅为6.2%").kind()).isEqualTo(QuantityKind.GROWTH);
    }

    @Test
    void readsDeclineToALevelAsRatio() {
        assertThat(only("不良贷款率降至1.2%").kind()).isEqualTo(QuantityKind.RATIO);
    }

    @Test
    void leavesAShareOfUnnamedWorkOutWhenItsSubjectIsNotTheTasks() {
        assertThat(extractor.actuals("东片区排水板完成总工程量27%。", List.of(), "加快建设金塘新材料产业园"))
                .isEmpty();
    }

    @Test
    void readsCompletionOfOverallProgress() {
        Quantity q = onlyActual("深化三项制度改革,改革总体进度已完成78%。", "推进国资国企改革三年行动");
        assertThat(q.kind()).isEqualTo(QuantityKind.COMPLETION);
        assertThat(q.text()).isEqualTo("已完成78%");
    }

    @Test
    void readsAnnualPlanCompletionRate() {
        Quantity q = onlyActual("市重点项目投资年度计划完成率80.3%,超时序推进。");
        assertThat(q.kind()).isEqualTo(QuantityKind.COMPLETION);
        assertThat(q.normalized()).isEqualByComparingTo("80.3");
    }

    @Test
    void readsWeiJiHuaDeAsCompletion() {
        Quantity q = onlyActual("完成国土绿化面积1741亩,为计划的116%。");
        assertThat(q.kind()).isEqualTo(QuantityKind.COMPLETION);
    }

    @Test
    void readsShareOfTheYearsInvestment() {
        Quantity q = onlyActual("4个省级农业项目完成年度投资的81%。");
        assertThat(q.kind()).isEqualTo(QuantityKind.COMPLETION);
        assertThat(q.text()).isEqualTo("完成年度投资的81%");
    }

    @Test
    void keepsCompletionSharesEvenWithoutTargets() {
        List<Quantity> qs = extractor.actuals("预计到位市外资金23亿元,完成年度任务的77%;实际使用外资3259万美元,完成年度任务的109%。", List.of(), "");
        assertThat(qs).extracting(q -> q.normalized().toPlainString()).containsExactly("77", "109");
    }

    @Test
    void readsDoublePercentSignOnce() {
        List<Quantity> qs = extractor.actuals("列入清单的低效企业中已经有323家完成了整治,进度为49.8%%。", List.of(), "整治提升低效企业");
        assertThat(qs)
                .filteredOn(q -> q.kind() == QuantityKind.COMPLETION)
                .singleElement()
                .satisfies(q -> {
                    assertThat(q.normalized()).isEqualByComparingTo("49.8");
                    assertThat(q.text()).isEqualTo("进度为49.8%");
                });
    }

    @Test
    void readsAGrowthCapAsGrowth() {
        Quantity q = only("居民消费价格涨幅控制在3%左右");
        assertThat(q.kind()).isEqualTo(QuantityKind.GROWTH);
        assertThat(q.comparison()).isEqualTo(Comparison.ABOUT);
    }

    @Test
    void readsAPercentRangeWithUnitsOnBothEnds() {
        Quantity q = only("地区生产总值增长4.5%-5%");
        assertThat(q.normalized()).isEqualByComparingTo("4.5");
        assertThat(q.comparison()).isEqualTo(Comparison.AT_LEAST);
        assertThat(q.text()).isEqualTo("增长4.5%-5%");
    }

    @Test
    void leavesDurationsInMonthsAlone() {
        assertThat(extractor.targets("用3个月时间开展专项整治")).isEmpty();
    }

    @Test
    void readsKilovoltsAsAUnitNotThousands() {
        assertThat(only("投资建设10千伏线路12公里").unit()).isEqualTo("公里");
    }

    @Test
    void readsARangeWithTheUnitWrittenOnce() {
        Quantity q = only("新增城镇就业1.2万-1.5万人");
        assertThat(q.normalized()).isEqualByComparingTo("12000");
        assertThat(q.unit()).isEqualTo("人");
        assertThat(q.comparison()).isEqualTo(Comparison.AT_LEAST);
    }
}
