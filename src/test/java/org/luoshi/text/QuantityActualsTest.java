package org.luoshi.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Actuals: the figures of a progress text that measure the task. */
class QuantityActualsTest {

    private final QuantityExtractor extractor = new QuantityExtractor();

    private List<Quantity> actuals(String content, String progress) {
        return extractor.actuals(progress, extractor.targets(content), content);
    }

    @Test
    void linksAnAmountToTheTargetWithTheSameUnitAndMetric() {
        List<Quantity> qs = actuals("处置历史遗留围填海2800亩以上。", "按形象进度统计,围填海历史遗留问题已完成处置约2600亩,其中单报处理方案完成1343亩。");
        assertThat(qs).extracting(Quantity::text).containsExactly("约2600亩");
        assertThat(qs.get(0).comparison()).isEqualTo(Comparison.ABOUT);
    }

    @Test
    void keepsCompletionSharesOfTheYearsTask() {
        List<Quantity> qs = actuals("新建改建污水管网10公里。", "至9月底,新建改建污水管网13公里,完成年度任务的130%。");
        assertThat(qs).extracting(Quantity::text).containsExactly("13公里", "完成年度任务的130%");
        assertThat(qs.get(1).kind()).isEqualTo(QuantityKind.COMPLETION);
        assertThat(qs.get(1).normalized()).isEqualByComparingTo("130");
    }

    @Test
    void givesThePeriodEachActualCovers() {
        List<Quantity> qs = actuals("规上工业增加值增长28%以上。", "1-8月,全市规上工业增加值同比增长21.9%,排名全省第1。");
        assertThat(qs).hasSize(1);
        assertThat(qs.get(0).asOf()).isEqualTo("1-8月");
        assertThat(qs.get(0).kind()).isEqualTo(QuantityKind.GROWTH);
        assertThat(qs.get(0).text()).isEqualTo("同比增长21.9%");
    }

    @Test
    void normalisesZhiJiuYueDiToJieZhi() {
        List<Quantity> qs = actuals("新建城市道路10条。", "至9月底,累计新建城市道路7条。");
        assertThat(qs).singleElement().extracting(Quantity::asOf).isEqualTo("截至9月底");
    }

    @Test
    void readsQianSanJiDuAsPeriod() {
        List<Quantity> qs = actuals("落实组合式税费支持政策,为企业减负70亿元以上。", "前三季度我市企业减负70.66亿元。");
        assertThat(qs).singleElement().extracting(Quantity::asOf).isEqualTo("前三季度");
    }

    @Test
    void treatsJieZhiMuQianAsNoPeriod() {
        List<Quantity> qs = actuals("新增婴幼儿托位900个。", "截至目前,新增婴幼儿托位998个。");
        assertThat(qs).singleElement().extracting(Quantity::asOf).isEqualTo("");
    }

    @Test
    void readsEstimatesAsAbout() {
        List<Quantity> qs = actuals("实现渔业全产业链产值850亿元。", "预计三季度渔业全产业链产值达到560亿元。");
        assertThat(qs).singleElement().satisfies(q -> {
            assertThat(q.comparison()).isEqualTo(Comparison.ABOUT);
            assertThat(q.asOf()).isEqualTo("三季度");
        });
    }

    @Test
    void skipsTheRestatedTargetBeforeTheActual() {
        List<Quantity> qs = actuals("建设精品示范街9条。", "9条精品示范街建设已完成5条。");
        assertThat(qs).extracting(Quantity::text).containsExactly("5条");
    }

    @Test
    void carriesTheSignAcrossAListOfDeclines() {
        List<Quantity> qs = actuals("确保安全生产事故起数、死亡人数“双下降”。", "截至9月底,全市共发生各类生产安全事故30起,死亡28人,同比分别减少37.5%和44%。");
        assertThat(qs)
                .filteredOn(q -> q.kind() == QuantityKind.GROWTH)
                .extracting(q -> q.normalized().toPlainString())
                .containsExactly("-37.5", "-44");
    }

    @Test
    void keepsWorkOnTheTasksSubjectWhenThereIsNoTarget() {
        List<Quantity> qs = actuals("加快城乡供水一体化,攻坚偏远海岛供水短板。", "长春岭及团结水库供水管道工程开始施工;新建改建供水管线130公里。");
        assertThat(qs).extracting(Quantity::text).contains("130公里");
    }

    @Test
    void leavesUnrelatedFiguresOut() {
        List<Quantity> qs = actuals("新增城区公共停车位1000个。", "召开座谈会4场次,印发通知3份。");
        assertThat(qs).isEmpty();
    }

    @Test
    void returnsNothingForEmptyProgress() {
        assertThat(extractor.actuals("", List.of())).isEmpty();
        assertThat(extractor.actuals(null, null)).isEmpty();
    }

    @Test
    void keepsAFigureTheSentenceSaysMetTheYearsGoal() {
        List<Quantity> qs = actuals("深入实施降成本行动,进一步降低水电气、物流等成本。", "加大力度落实各项减负降本政策,已累计减负82.68亿元,已提前超额完成年度目标任务。");
        assertThat(qs).extracting(Quantity::text).containsExactly("82.68亿元");
    }

    @Test
    void doesNotTakeAShareForAStatementThatTheGoalIsMet() {
        List<Quantity> qs = actuals("引进重大产业项目。", "预计到位市外资金23亿元,完成年度任务的77%。");
        assertThat(qs).extracting(Quantity::text).containsExactly("完成年度任务的77%");
    }

    @Test
    void leavesEventsAndParticipantsOutOfWorkDone() {
        List<Quantity> qs = actuals("组织开展暑期托管服务,推进双减落地。", "组织16所小学开展暑期托管服务,累计2500名学生参与暑托。");
        assertThat(qs).extracting(Quantity::text).doesNotContain("2500名");
    }

    @Test
    void spellsOutAbbreviationsOfTheTask() {
        List<Quantity> qs = actuals("加快社保扩面提质。", "截至三季度,全市基本养老保险参保人数为84.94万人。");
        assertThat(qs).extracting(Quantity::text).containsExactly("84.94万人");
        assertThat(qs.get(0).asOf()).isEqualTo("截至三季度");
    }

    @Test
    void leavesOutTheCountThatOpensAListInTheSample() {
        List<Quantity> qs = actuals("建设“污水零直排区”54个。", "54个“污水零直排区”目前完成17个。8个城镇“污水零直排区”建设:定海区干览镇已完成建设。");
        assertThat(qs).extracting(Quantity::text).containsExactly("17个");
    }

    @Test
    void leavesOutLaunchedCreationsInTheSample() {
        List<Quantity> qs = actuals("推进农业“双强行动”,建设一批海岛未来农场。", "制定《舟山市“未来农场”建设方案》,启动“未来农场”创建3个。");
        assertThat(qs).isEmpty();
    }

    @Test
    void readsTheSamplesBareProjectCounts() {
        List<Quantity> qs = actuals("完成城区防洪排涝能力提升三年行动计划,建成投用五山水利工程。", "开工28个,完工20个,完成投资4.82亿元");
        assertThat(qs).extracting(Quantity::text).containsExactly("20个", "4.82亿元");
    }

    @Test
    void keepsWorkDoneOnThePartOfTheSampleTaskWithoutATarget() {
        List<Quantity> qs = actuals("加快乡村运输服务站建设,实现主要岛屿1公里范围乘车。", "已基本建成普陀虾峙站、登步站,定海白泉站、岱山东沙站、定海岑港站等5个乡村运输服务站。");
        assertThat(qs).extracting(Quantity::text).containsExactly("5个");
    }

    @Test
    void doesNotLinkStartedProjectsToProjectsAttractedInTheSample() {
        List<Quantity> qs =
                actuals("引进亿元以上项目100个,其中100亿元以上1个、50亿元以上2个,实际到位市外资金650亿元。", "截至9月底,全市新开工亿元以上产业项目43个,实际到位市外资金预计550亿以上。");
        assertThat(qs).extracting(Quantity::text).containsExactly("550亿以上");
    }

    @Test
    void readsTheSamplesResearchSpendingForItsIntensityTarget() {
        List<Quantity> qs =
                actuals("全社会研发投入强度达到2.2%。", "1-8月,全市规上工业企业研发经费投入55.63亿元,同比增长64.5%,增幅居全省第一。预计1-9月全市规上研发费用达到65亿元左右。");
        assertThat(qs)
                .extracting(Quantity::normalized)
                .map(java.math.BigDecimal::toPlainString)
                .containsExactly("5563000000", "64.5");
    }

    @Test
    void leavesOutTheSamplesHonoursAndCandidatePools() {
        assertThat(actuals("纵深推进数字化改革,打造一批舟山特色应用场景。", "海洋行政联合执法、智慧海洋大数据中心等6个应用获省级领导批示肯定。"))
                .isEmpty();
        assertThat(actuals("新增上市企业1家,“新升规”企业50家。", "建立全市102家重点上规企业培育库,强化月度监测。")).isEmpty();
    }

    @Test
    void leavesOutTheSamplesShipSizes() {
        assertThat(actuals(
                        "提升发展船舶修造产业,研发建造特种船、豪华邮轮、电动船等高端船舶。",
                        "长宏国际、常石集团、扬帆集团等重点船企建造或交付了20000方LNG加注运输船、支线型集装箱船、2万吨化学品船等高端船舶。"))
                .isEmpty();
    }

    @Test
    void leavesGrowthAveragedOverYearsOutUnlessTheTargetIsAnAverage() {
        assertThat(actuals("规上工业增加值增长9%。", "1-6月,全市规上工业增加值同比增长21.5%,两年平均增长9.8%。"))
                .extracting(Quantity::text)
                .containsExactly("同比增长21.5%");
        assertThat(actuals("社会消费品零售总额增长8%。", "上半年社会消费品零售总额增长18.2%,两年平均增长6.1%。"))
                .extracting(Quantity::text)
                .containsExactly("增长18.2%");
        assertThat(actuals("“十四五”期间地区生产总值年均增长6.5%。", "2021-2023年地区生产总值年均增长6.8%。"))
                .extracting(Quantity::text)
                .containsExactly("增长6.8%");
    }
}
