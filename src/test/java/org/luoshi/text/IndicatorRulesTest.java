package org.luoshi.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, item 2: indicators known by several names, indicator groups, a metric carried to the next figure, 分别
 * lists, plan figures and reporting firms in a progress text, the sign of 压减/下降. Every phrase here is invented.
 */
class IndicatorRulesTest {

    private final QuantityExtractor x = new QuantityExtractor();

    private List<String> actuals(String content, String progress) {
        return keys(x.actuals(progress, x.targets(content), content));
    }

    private static List<String> keys(List<Quantity> qs) {
        return qs.stream()
                .map(q -> q.unit() + "|" + q.normalized().toPlainString())
                .toList();
    }

    @Test
    void theTableIsDataReadOnceAndALongerNameWinsOverOneItHolds() {
        Indicators t = Indicators.table();
        assertThat(t.canonical("全县规上工业增加值增长")).isEqualTo("全县规模以上工业增加值增长");
        assertThat(t.canonical("一季度GDP增长")).isEqualTo("一季度地区生产总值增长");
        assertThat(t.canonical("地区生产总值")).isEqualTo("地区生产总值");
        assertThat(t.named("有效投资和社零总额均回升")).containsExactly("固定资产投资", "社会消费品零售总额");
        assertThat(t.named("规上企业达到40家"))
                .as("an abbreviation names no indicator")
                .isEmpty();
        Indicators own = Indicators.parse(List.of("# comment", "甲指数|甲|A指数", "word:乙类|乙", "group:丙组指标"));
        assertThat(own.canonical("A指数与乙上升")).isEqualTo("甲指数与乙类上升");
        assertThat(own.namesGroup("完成丙组指标任务")).isTrue();
    }

    @Test
    void aReportUsingAnotherNameOfTheIndicatorMeasuresTheTarget() {
        assertThat(actuals("规模以上工业增加值增长8%", "1-9月,全县规上工业增加值同比增长9.6%,高于全市平均。")).containsExactly("%|9.6");
        assertThat(actuals("地区生产总值增长6.5%", "前三季度全区GDP增长7.1%,居全市第二。")).containsExactly("%|7.1");
        assertThat(actuals("有效投资增长10%", "1-10月固定资产投资增长12.3%,工业投资增长4%。")).containsExactly("%|12.3");
    }

    @Test
    void aTaskNamingAnIndicatorGroupIsMeasuredByTheMemberIndicatorsItsProgressReports() {
        String progress = "前三季度,全区地区生产总值增长6.1%,规上工业增加值增长9.3%,社零总额增长5%。新开工项目12个。";
        assertThat(actuals("确保完成年度主要预期目标", progress)).containsExactly("%|6.1", "%|9.3", "%|5");
        assertThat(actuals("完成省下达的约束性指标", "单位GDP能耗下降3.1%,完成技改项目8个。")).containsExactly("%|-3.1");
    }

    @Test
    void aGrowthWhoseClauseNamesNothingTakesTheMetricOfTheAmountBeforeIt() {
        List<Quantity> targets = x.targets("固定资产投资增长10%");
        List<Quantity> acts = x.actuals("1-9月完成固定资产投资195.1亿元,增长39.2%。", targets, "固定资产投资增长10%");
        assertThat(keys(acts)).contains("%|39.2");
        assertThat(acts.stream().filter(q -> q.kind() == QuantityKind.GROWTH).map(Quantity::metric))
                .containsExactly("固定资产投资");
        // The borrowed metric does not make the growth an actual of an amount target.
        assertThat(actuals("港口货物吞吐量达到1.2亿吨", "港口货物吞吐量完成9100万吨,增长3.5%。")).containsExactly("吨|91000000");
    }

    @Test
    void aRespectivelyListGivesEachFigureItsOwnItem() {
        List<Quantity> targets = x.targets("规上工业增加值、固定资产投资分别增长8%、10%");
        assertThat(targets).extracting(Quantity::metric).containsExactly("规上工业增加值", "固定资产投资");
        assertThat(actuals("固定资产投资增长10%", "1-9月规上工业增加值、固定资产投资分别增长8.2%、10.5%。")).containsExactly("%|10.5");
        assertThat(actuals("规上工业增加值增长8%", "1-9月规上工业增加值、固定资产投资分别增长8.2%、10.5%。")).containsExactly("%|8.2");
        assertThat(keys(x.targets("出口额、进口额分别下降2.1%和3.4%"))).containsExactly("%|-2.1", "%|-3.4");
    }

    @Test
    void planAndGoalFiguresInAProgressTextAreNotActuals() {
        assertThat(actuals("全年完成投资8亿元", "年内计划完成投资8亿元,截至9月底已完成投资6.3亿元。")).containsExactly("元|630000000");
        assertThat(actuals("新建幼儿园", "全年新建幼儿园45所,超额完成40所的年度目标任务。")).containsExactly("所|45");
        assertThat(actuals("改造老旧小区20个", "目标改造20个,已完工14个。")).containsExactly("个|14");
        assertThat(keys(x.statedGoals("全年新建幼儿园45所,超额完成40所的年度目标任务。"))).containsExactly("所|40");
    }

    @Test
    void aGoalStatedAfterTheFigureDoneMeasuresWhatThatFigureMeasures() {
        assertThat(x.statedGoals("全年改造农贸市场12个,超额完成10个的年度目标任务;新增车位800个。"))
                .extracting(Quantity::metric)
                .containsExactly("改造农贸市场");
        // Another unit, or another sentence, names another thing: the goal keeps its own words.
        assertThat(x.statedGoals("全年改造农贸市场12个。超额完成10家的年度目标任务。"))
                .extracting(Quantity::metric)
                .doesNotContain("改造农贸市场");
    }

    @Test
    void theFirmsThatReportFiguresAreNotWorkDone() {
        assertThat(actuals("培育专精特新企业30家", "已新增专精特新企业18家,全市专精特新企业中已有126家上报季度数据。"))
                .containsExactly("家|18");
    }

    @Test
    void aCutOrAFallIsANegativeChange() {
        assertThat(keys(x.targets("单位GDP能耗下降3%、燃煤消费压减4%"))).containsExactly("%|-3", "%|-4");
        assertThat(actuals("单位地区生产总值能耗下降3%", "前三季度单位GDP能耗同比下降3.2%。")).containsExactly("%|-3.2");
        assertThat(keys(x.targets("亏损企业亏损额负增长5%"))).containsExactly("%|-5");
    }

    @Test
    void aProgressCellThatIsOnlyAShareStatesHowMuchIsDone() {
        List<Quantity> acts = x.actuals("85%(两个标段进度偏慢)", x.targets("建成口袋公园6个"), "建成口袋公园6个");
        assertThat(keys(acts)).containsExactly("%|85");
        assertThat(acts.get(0).kind()).isEqualTo(QuantityKind.COMPLETION);
        assertThat(acts.get(0).value()).isEqualByComparingTo(new BigDecimal("85"));
    }

    @Test
    void unitsOfBatchesPairsAndCoursesAndAUnitRightBeforeAComparator() {
        assertThat(keys(x.targets("建成示范村8所以上,抽检农产品2.5万批次,结对帮扶40对,开设选修课程12门,整治灌溉塘1.2万口")))
                .containsExactly("所|8", "批次|25000", "对|40", "门|12", "口|12000");
        assertThat(keys(x.targets("所以要加快建设"))).isEmpty();
    }

    @Test
    void aFigureOfTheTargetsUnitWithNothingNamedButTheWorkDoneIsTheTasksOwn() {
        assertThat(actuals("铺设雨污分流管网3500米", "截至目前已完成1200米。")).containsExactly("米|1200");
        assertThat(actuals("改造老旧小区20个", "目标改造20个,已完工14个。")).containsExactly("个|14");
        assertThat(actuals("改造农贸市场8个", "1-9月已完成建设2.3万平方米。")).containsExactly("平方米|23000");
    }

    @Test
    void aFigureWordedLikeAKeptOneReportsTheSameWorkForAnotherSpan() {
        assertThat(actuals("帮助困难家庭3万户解决住房问题", "三季度帮助了0.4万户的住房问题得到解决。累计帮助了2.6万户的住房问题得到解决,占总计划的86.7%。"))
                .containsExactly("户|4000", "户|26000", "%|86.7");
    }

    @Test
    void aCountOfWhoTookPartIsNotWorkDoneEvenInTheTargetsUnit() {
        assertThat(actuals("创建智慧书房6家", "已建成智慧书房2家。另有3家智慧书房的读者参加了全市阅读节。")).containsExactly("家|2");
    }

    @Test
    void howManyTheWorkReachedReportsATaskWithoutFigures() {
        assertThat(actuals("推进学生午餐提质", "今年以来学生午餐提质工作惠及学生3.6万人。")).containsExactly("人|36000");
    }

    @Test
    void aCountPerHeadIsARateWithItsOwnUnit() {
        assertThat(keys(x.targets("水质抽检达到每千人3.2批次,每万人口达2.1万平方米,每千人口拥有托位4.5个")))
                .containsExactly("批次/千人|3.2", "平方米/万人|21000", "个|4.5");
    }

    @Test
    void aCountOfPeopleMayLeaveOutItsUnit() {
        assertThat(keys(x.targets("低收入人口减少1.2万以上,农村贫困人口减少3万"))).containsExactly("人|12000", "人|30000");
        assertThat(keys(x.targets("一般公共预算收入突破80亿"))).containsExactly("元|8000000000");
    }
}
