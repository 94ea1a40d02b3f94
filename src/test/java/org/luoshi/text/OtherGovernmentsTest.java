package org.luoshi.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-written tasks and progress in the style of other governments' reports (not the Zhoushan sample), so
 * that the rules are checked on phrasing they were not tuned on.
 */
class OtherGovernmentsTest {

    private final QuantityExtractor extractor = new QuantityExtractor();

    private List<Quantity> actuals(String content, String progress) {
        return extractor.actuals(progress, extractor.targets(content), content);
    }

    private static List<String> texts(List<Quantity> qs) {
        return qs.stream().map(Quantity::text).toList();
    }

    @Test
    void linksIndustrialGrowthAndLeavesPercentagePointsOut() {
        List<Quantity> qs = actuals("规上工业增加值增长8%以上。", "1-9月,全市规上工业增加值同比增长8.5%,高于全省平均2.1个百分点。");
        assertThat(texts(qs)).containsExactly("同比增长8.5%");
        assertThat(qs.get(0).asOf()).isEqualTo("1-9月");
    }

    @Test
    void linksEmploymentAndItsAnnualShare() {
        List<Quantity> qs = actuals("新增城镇就业2.5万人。", "截至9月底,全市新增城镇就业2.1万人,完成年度目标的84%。");
        assertThat(texts(qs)).containsExactly("2.1万人", "完成年度目标的84%");
        assertThat(qs.get(0).normalized()).isEqualByComparingTo("21000");
    }

    @Test
    void linksARatioTargetToTheReportedLevel() {
        List<Quantity> qs = actuals("城镇调查失业率控制在5.5%以内。", "三季度城镇调查失业率为5.2%,保持在合理区间。");
        assertThat(texts(qs)).containsExactly("5.2%");
        assertThat(qs.get(0).kind()).isEqualTo(QuantityKind.RATIO);
    }

    @Test
    void linksAirQualityInItsCompoundUnit() {
        List<Quantity> qs = actuals("PM2.5平均浓度控制在30微克/立方米以内。", "1-8月,全市PM2.5平均浓度为28微克/立方米,同比下降6.7%。");
        assertThat(texts(qs)).contains("28微克/立方米");
    }

    @Test
    void linksBaseStationsAndTheirCompletionRate() {
        List<Quantity> qs = actuals("新建5G基站3000个。", "已建成5G基站2860个,完成率95.3%。");
        assertThat(texts(qs)).containsExactly("2860个", "完成率95.3%");
    }

    @Test
    void linksHousingUnitsWithTheTargetRestated() {
        List<Quantity> qs = actuals("建成保障性租赁住房1万套。", "1万套保障性租赁住房已建成8200套,其余正在装修。");
        assertThat(texts(qs)).containsExactly("8200套");
    }

    @Test
    void linksAfforestationInMu() {
        List<Quantity> qs = actuals("完成造林绿化1.2万亩。", "上半年完成造林绿化0.9万亩,占年度任务的75%。");
        assertThat(qs).extracting(q -> q.normalized().toPlainString()).containsExactly("9000", "75");
        assertThat(qs.get(0).asOf()).isEqualTo("上半年");
    }

    @Test
    void linksEnergyIntensityDecline() {
        List<Quantity> qs = actuals("单位GDP能耗下降3%。", "前三季度单位GDP能耗同比下降3.4%。");
        assertThat(qs).singleElement().satisfies(q -> {
            assertThat(q.normalized()).isEqualByComparingTo("-3.4");
            assertThat(q.kind()).isEqualTo(QuantityKind.GROWTH);
        });
    }

    @Test
    void findsNoTargetInAQualitativeAim() {
        assertThat(extractor.targets("居民人均可支配收入增长与经济增长同步。")).isEmpty();
    }

    @Test
    void readsGrainAreaStability() {
        List<Quantity> qs = actuals("粮食播种面积稳定在150万亩以上。", "全年粮食播种面积152.3万亩,实现稳中有增。");
        assertThat(texts(qs)).containsExactly("152.3万亩");
    }

    @Test
    void readsTraditionalCharacters() {
        List<Quantity> targets = extractor.targets("新增城鎮就業2.5萬人以上,規上工業增加值增長8%。");
        assertThat(targets).extracting(Quantity::unit).containsExactly("人", "%");
        assertThat(targets.get(0).normalized()).isEqualByComparingTo("25000");
        assertThat(targets.get(0).text()).isEqualTo("2.5萬人以上");
        assertThat(targets.get(1).kind()).isEqualTo(QuantityKind.GROWTH);
    }

    @Test
    void readsCountyStyleInvestmentProgress() {
        List<Quantity> qs = actuals("推进县城污水处理厂提标改造。", "项目累计完成投资3200万元,完成总工程量的65%。");
        assertThat(texts(qs)).containsExactly("3200万元", "完成总工程量的65%");
    }

    @Test
    void leavesOutACountThatOpensAList() {
        // A count ending in a colon introduces the items after it: how many there are, not how many are done.
        List<Quantity> qs = actuals("推进老旧小区改造提升。", "6个街道老旧小区改造提升:城关街道已完成改造,其余街道完成主体工程。已建成老旧小区改造示范点4个:东湖、西坝、南门、北苑。");
        assertThat(texts(qs)).containsExactly("4个");
    }

    @Test
    void leavesOutWorkOnlyLaunched() {
        List<Quantity> qs = actuals("培育一批未来社区。", "印发未来社区培育工作方案,启动未来社区创建5个,已建成未来社区2个。");
        assertThat(texts(qs)).containsExactly("2个");
    }

    @Test
    void readsBareVerbFigureClausesAsTheTasksOwnWork() {
        List<Quantity> qs = actuals("实施城市更新行动,完成城中村改造。", "新开工12个,竣工7个,完成投资3.6亿元。");
        assertThat(texts(qs)).containsExactly("7个", "3.6亿元");
        // A noun after the figure is its own subject, not the task's.
        assertThat(texts(actuals("实施城市更新行动,完成城中村改造。", "完成30条背街小巷路灯维修。"))).isEmpty();
    }

    @Test
    void keepsWorkDoneOnAPartOfTheTaskWithoutATarget() {
        // The task sets a figure for charging piles only; the care stations it also names are reported as built.
        List<Quantity> qs = actuals("新建公共充电桩1000个,推进社区嵌入式养老服务站建设。", "已建成公共充电桩820个;年内已建成并投入运营8个社区嵌入式养老服务站,另有4条公交线路调整。");
        assertThat(texts(qs)).containsExactly("820个", "8个");
        // Sharing a shorter word only ("养老服务") is not naming the task's work.
        assertThat(texts(actuals("新建公共充电桩1000个,推进社区嵌入式养老服务站建设。", "已完成5个养老服务中心改造。")))
                .isEmpty();
    }

    @Test
    void keepsProjectStagesApart() {
        // Started projects do not measure projects attracted, and a size class (亿元以上) is no metric of its own.
        List<Quantity> qs = actuals("招引亿元以上产业项目80个,其中10亿元以上5个。", "1-9月,全市新开工亿元以上产业项目36个,新招引亿元以上产业项目62个。");
        assertThat(texts(qs)).containsExactly("62个");
    }

    @Test
    void readsTheNumeratorOfAnIntensityTarget() {
        List<Quantity> qs = actuals("全社会研发投入强度提高到3.1%。", "上半年,全市规模以上工业企业研发投入86.2亿元,同比增长15.3%;研发费用加计扣除政策惠及企业420家。");
        assertThat(texts(qs)).containsExactly("86.2亿元", "同比增长15.3%");
    }

    @Test
    void leavesOutHonoursWonInAQualitativeTask() {
        List<Quantity> qs = actuals("打造一批数字化改革特色应用。", "累计上线数字化应用42个,其中5个应用入选全省数字化改革优秀案例,2个应用获评省级最佳应用。");
        assertThat(texts(qs)).containsExactly("42个");
    }

    @Test
    void leavesOutTheSizeOfAPoolOfCandidates() {
        List<Quantity> qs = actuals("新增规上工业企业60家。", "建立300家小升规重点企业培育库,1-9月新增规上工业企业48家。");
        assertThat(texts(qs)).containsExactly("48家");
    }

    @Test
    void leavesOutTheSizeClassOfAVesselOrBerth() {
        List<Quantity> qs = actuals("推进港口建设,提升船舶制造能力。", "建成2个5万吨级泊位,交付8.2万吨散货船3艘;全年港口货物吞吐量完成1.2亿吨。");
        assertThat(texts(qs)).doesNotContain("5万吨", "8.2万吨");
    }
}
