package org.luoshi.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Targets read from task texts, phrased as Zhoushan and other governments phrase them. */
class QuantityTargetsTest {

    private final QuantityExtractor extractor = new QuantityExtractor();

    private List<Quantity> targets(String content) {
        return extractor.targets(content);
    }

    private Quantity only(String content) {
        List<Quantity> qs = targets(content);
        assertThat(qs).as("targets of %s", content).hasSize(1);
        return qs.get(0);
    }

    private static void assertQuantity(
            Quantity q, String unit, String normalized, QuantityKind kind, Comparison comparison) {
        assertThat(q.unit()).isEqualTo(unit);
        assertThat(q.normalized()).isEqualByComparingTo(normalized);
        assertThat(q.kind()).isEqualTo(kind);
        assertThat(q.comparison()).isEqualTo(comparison);
    }

    @Test
    void readsWanAsTenThousand() {
        Quantity q = only("新引进高校毕业生1.8万人以上。");
        assertQuantity(q, "人", "18000", QuantityKind.AMOUNT, Comparison.AT_LEAST);
        assertThat(q.value()).isEqualByComparingTo("1.8");
        assertThat(q.magnitude()).isEqualByComparingTo("10000");
        assertThat(q.text()).isEqualTo("1.8万人以上");
        assertThat(q.metric()).isEqualTo("新引进高校毕业生");
    }

    @Test
    void readsYiAsHundredMillion() {
        assertQuantity(only("为企业减负70亿元以上。"), "元", "7000000000", QuantityKind.AMOUNT, Comparison.AT_LEAST);
    }

    @Test
    void treatsQianWaAsUnit() {
        Quantity q = only("开工建设332万千瓦清洁火电项目");
        assertQuantity(q, "千瓦", "3320000", QuantityKind.AMOUNT, Comparison.EXACT);
        assertThat(q.magnitude()).isEqualByComparingTo("10000");
    }

    @Test
    void treatsQianKeAndQianMiAsUnits() {
        assertThat(only("建成绿道5千米").unit()).isEqualTo("公里");
        assertThat(only("人均消费120千克").unit()).isEqualTo("千克");
    }

    @Test
    void readsYiMeiYuanAndWanBiaoXiang() {
        assertQuantity(only("实际利用外资5.5亿美元"), "美元", "550000000", QuantityKind.AMOUNT, Comparison.EXACT);
        assertQuantity(only("粮食“散改集”业务量突破2万标箱"), "标箱", "20000", QuantityKind.AMOUNT, Comparison.AT_LEAST);
    }

    @Test
    void readsTeuAsStandardContainers() {
        assertQuantity(only("完成集装箱吞吐量1.5万TEU"), "标箱", "15000", QuantityKind.AMOUNT, Comparison.EXACT);
    }

    @Test
    void readsSquareMetresAndYiDanWei() {
        assertQuantity(only("盘活闲置厂房13万平方米"), "平方米", "130000", QuantityKind.AMOUNT, Comparison.EXACT);
        assertQuantity(only("放流大黄鱼等物种5亿单位以上"), "单位", "500000000", QuantityKind.AMOUNT, Comparison.AT_LEAST);
    }

    @Test
    void readsStraySpacesBetweenNumberAndUnit() {
        assertQuantity(only("实现收入296.47 亿元"), "元", "29647000000", QuantityKind.AMOUNT, Comparison.EXACT);
        assertQuantity(only("增长8.6 %"), "%", "8.6", QuantityKind.GROWTH, Comparison.EXACT);
    }

    @Test
    void readsGrowthWithItsMetric() {
        Quantity q = only("一般公共预算收入增长7%。");
        assertQuantity(q, "%", "7", QuantityKind.GROWTH, Comparison.EXACT);
        assertThat(q.metric()).isEqualTo("一般公共预算收入");
        assertThat(q.text()).isEqualTo("增长7%");
    }

    @Test
    void readsDeclineAsNegativeGrowth() {
        assertQuantity(only("单位GDP能耗下降3%"), "%", "-3", QuantityKind.GROWTH, Comparison.EXACT);
    }

    @Test
    void readsLiZhengAsAtLeastAndInheritsGrowth() {
        List<Quantity> qs = targets("全市地区生产总值增长9%、力争10%,海洋经济占比达到68.5%以上");
        assertThat(qs)
                .extracting(Quantity::kind)
                .containsExactly(QuantityKind.GROWTH, QuantityKind.GROWTH, QuantityKind.RATIO);
        assertThat(qs.get(1).comparison()).isEqualTo(Comparison.AT_LEAST);
        assertThat(qs.get(1).text()).isEqualTo("力争10%");
        assertThat(qs.get(1).metric()).isEqualTo("地区生产总值");
        assertThat(qs.get(2).comparison()).isEqualTo(Comparison.AT_LEAST);
    }

    @Test
    void readsRatioLevels() {
        assertQuantity(only("蔬菜自给率达42%"), "%", "42", QuantityKind.RATIO, Comparison.AT_LEAST);
        assertQuantity(only("城镇调查失业率控制在5.5%以内"), "%", "5.5", QuantityKind.RATIO, Comparison.AT_MOST);
    }

    @Test
    void readsRaisedToAsLevelNotGrowth() {
        assertThat(only("森林覆盖率提高到52%").kind()).isEqualTo(QuantityKind.RATIO);
    }

    @Test
    void readsFractionSanFenZhiYiAsPercent() {
        Quantity q = only("制造业项目引进比例不低于三分之一");
        assertQuantity(q, "%", "33.33", QuantityKind.RATIO, Comparison.AT_LEAST);
    }

    @Test
    void readsBaiFenZhi() {
        assertQuantity(only("覆盖率达到百分之八十"), "%", "80", QuantityKind.RATIO, Comparison.AT_LEAST);
    }

    @Test
    void readsQianYiAfterTuPo() {
        Quantity q = only("力争固定资产投资突破千亿规模");
        assertQuantity(q, "元", "100000000000", QuantityKind.AMOUNT, Comparison.AT_LEAST);
        assertThat(q.text()).isEqualTo("突破千亿");
    }

    @Test
    void readsChaoAsAtLeast() {
        Quantity q = only("深入实施融资畅通工程,直接融资超140亿元。");
        assertQuantity(q, "元", "14000000000", QuantityKind.AMOUNT, Comparison.AT_LEAST);
        assertThat(q.metric()).isEqualTo("直接融资");
    }

    @Test
    void readsYuAsAtLeast() {
        assertQuantity(only("开展250余家企业碳账户建设管理工作"), "家", "250", QuantityKind.AMOUNT, Comparison.AT_LEAST);
    }

    @Test
    void readsRangeAsLowerBound() {
        assertQuantity(only("各地打造1-2个消费新场景"), "个", "1", QuantityKind.AMOUNT, Comparison.AT_LEAST);
        assertQuantity(only("经济增长4.5-5.0%"), "%", "4.5", QuantityKind.GROWTH, Comparison.AT_LEAST);
    }

    @Test
    void readsYiXiaAsAtMost() {
        assertQuantity(only("全面消除年人均收入1万元以下农村家庭"), "元", "10000", QuantityKind.AMOUNT, Comparison.AT_MOST);
    }

    @Test
    void readsZuoYouAndYueAsAbout() {
        assertThat(only("社会消费品零售总额增6%左右").comparison()).isEqualTo(Comparison.ABOUT);
        assertThat(only("处置约2600亩").comparison()).isEqualTo(Comparison.ABOUT);
    }

    @Test
    void readsCompoundUnits() {
        Quantity q = only("PM2.5平均浓度控制在30微克/立方米以内");
        assertQuantity(q, "微克/立方米", "30", QuantityKind.AMOUNT, Comparison.AT_MOST);
    }

    @Test
    void readsBaiFenDianAsUnitNotMagnitude() {
        Quantity q = only("研发投入强度提高0.2个百分点");
        assertThat(q.unit()).isEqualTo("百分点");
        assertThat(q.magnitude()).isEqualByComparingTo("1");
        assertThat(q.kind()).isEqualTo(QuantityKind.GROWTH);
    }

    @Test
    void readsChineseCountsAfterAVerb() {
        assertQuantity(only("新建两个区域医疗中心"), "个", "2", QuantityKind.AMOUNT, Comparison.EXACT);
    }

    @Test
    void readsShiJiAsApproximateLowerBound() {
        Quantity q = only("新增十几家企业");
        assertThat(q.normalized()).isEqualByComparingTo("11");
        assertThat(q.comparison()).isEqualTo(Comparison.AT_LEAST);
    }

    @Test
    void readsEveryTargetOfAListInOrder() {
        List<Quantity> qs = targets("新引育“高精尖”人才80人以上,遴选海纳计划人才(团队)80个以上,新聘海洋特色产业工程师30名以上");
        assertThat(qs).extracting(Quantity::unit).containsExactly("人", "个", "名");
        assertThat(qs).allMatch(q -> q.comparison() == Comparison.AT_LEAST);
    }

    @Test
    void keepsTextAndStartConsistentWithTheSource() {
        String content = "新建城市道路10条,改造断头路、瓶颈路4条。";
        for (Quantity q : targets(content)) {
            assertThat(content.substring(q.start(), q.start() + q.text().length()))
                    .isEqualTo(q.text());
        }
    }

    @Test
    void findsNoTargetWithoutANumber() {
        assertThat(targets("居民人均可支配收入增长与经济增长同步")).isEmpty();
        assertThat(targets("加强政府投资预算管理,提高重大项目资金保障能力。")).isEmpty();
    }

    @Test
    void readsOtherGovernmentsPhrasing() {
        assertQuantity(only("规上工业增加值增长8%以上"), "%", "8", QuantityKind.GROWTH, Comparison.AT_LEAST);
        assertQuantity(only("新增城镇就业2.5万人"), "人", "25000", QuantityKind.AMOUNT, Comparison.EXACT);
        assertQuantity(only("完成造林绿化1.2万亩"), "亩", "12000", QuantityKind.AMOUNT, Comparison.EXACT);
        assertQuantity(only("粮食播种面积稳定在150万亩以上"), "亩", "1500000", QuantityKind.AMOUNT, Comparison.AT_LEAST);
        assertQuantity(only("新建5G基站3000个"), "个", "3000", QuantityKind.AMOUNT, Comparison.EXACT);
        assertQuantity(only("建成保障性租赁住房1万套"), "套", "10000", QuantityKind.AMOUNT, Comparison.EXACT);
        assertQuantity(only("新增污水处理能力5万吨/日"), "吨/日", "50000", QuantityKind.AMOUNT, Comparison.EXACT);
        assertQuantity(only("改造农村公路300公里"), "公里", "300", QuantityKind.AMOUNT, Comparison.EXACT);
        assertQuantity(only("引进外资项目不少于20个"), "个", "20", QuantityKind.AMOUNT, Comparison.AT_LEAST);
        assertQuantity(only("政府债务率不超过120%"), "%", "120", QuantityKind.RATIO, Comparison.AT_MOST);
        assertQuantity(only("接待游客3000万人次"), "人次", "30000000", QuantityKind.AMOUNT, Comparison.EXACT);
        assertQuantity(only("新增光伏装机1.2GW"), "千瓦", "1200000", QuantityKind.AMOUNT, Comparison.EXACT);
    }

    @Test
    void givesBigDecimalValuesNotDoubles() {
        assertThat(only("完成投资0.1亿元").normalized()).isEqualTo(new BigDecimal("1E+7"));
    }
}
