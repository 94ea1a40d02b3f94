package org.luoshi.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.luoshi.assessment.Quantities.q;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.luoshi.text.Quantity;

/** The rules at fixed inputs, with phrases from the Zhoushan 2022 Q3 report (序时进度 75%). */
class RulesTest {

    private static final BigDecimal Q3 = new BigDecimal("0.75");

    private final Rules rules = new Rules();

    private Judgement judge(String content, List<Quantity> targets, String progress, List<Quantity> actuals) {
        return rules.judge(new TaskFacts(content, targets, progress, actuals, Q3));
    }

    @Test
    void amountBeyondTheTargetIsCompletedWithItsPercentage() {
        Judgement j = judge(
                "新建改建污水管网10公里。",
                List.of(q("10公里").metric("新建改建污水管网").amount("10", "公里").build()),
                "截至9月底,全市新建改建污水管网13公里,完成年度任务的130%。",
                List.of(q("13公里")
                        .metric("新建改建污水管网")
                        .amount("13", "公里")
                        .asOf("截至9月底")
                        .build()));

        assertThat(j.status()).isEqualTo(Status.COMPLETED);
        assertThat(j.reason()).contains("13公里(截至9月底) / 目标10公里 = 130%,已超额完成");
    }

    @Test
    void amountAtOrAboveTheScheduleIsAheadNotCompleted() {
        Judgement j = judge(
                "农产品交易额达到290亿元。",
                List.of(q("290亿元").metric("农产品交易额").amount("290", "元").yi().build()),
                "1-9月,实现农产品交易额230亿元。",
                List.of(q("230亿元")
                        .metric("农产品交易额")
                        .amount("230", "元")
                        .yi()
                        .asOf("1-9月")
                        .build()));

        assertThat(j.status()).isEqualTo(Status.AHEAD);
        assertThat(j.reason()).contains("230亿元(1-9月) / 目标290亿元 = 79.3% ≥ 序时进度75%");
    }

    @Test
    void amountBelowTheScheduleIsBehind() {
        Judgement j = judge(
                "“幸福驿家”居民订单4000单次以上。",
                List.of(q("4000单次以上")
                        .metric("“幸福驿家”居民订单")
                        .amount("4000", "单次")
                        .atLeast()
                        .build()),
                "“幸福驿家”完成订单2605单次。",
                List.of(q("2605单次").metric("“幸福驿家”完成订单").amount("2605", "单次").build()));

        assertThat(j.status()).isEqualTo(Status.BEHIND);
        assertThat(j.reason()).contains("2605单次 / 目标4000单次以上 = 65.1% < 序时进度75%");
    }

    @Test
    void growthBelowTheTargetRateIsBehind() {
        Judgement j = judge(
                "规上工业增加值增长28%以上。",
                List.of(q("增长28%以上").metric("规上工业增加值").growth("28").atLeast().build()),
                "1-8月,规上工业增加值增长21.9%。",
                List.of(q("增长21.9%")
                        .metric("规上工业增加值")
                        .growth("21.9")
                        .asOf("1-8月")
                        .build()));

        assertThat(j.status()).isEqualTo(Status.BEHIND);
        assertThat(j.reason()).contains("增长21.9%(1-8月) < 目标增长28%以上");
    }

    @Test
    void growthAtTheTargetRateBeforeYearEndIsAheadNotCompleted() {
        Judgement j = judge(
                "规上工业亩均税收增长15%。",
                List.of(q("增长15%").metric("规上工业亩均税收").growth("15").build()),
                "1-6月,规上工业亩均税收同比增长95.3%。",
                List.of(q("同比增长95.3%")
                        .metric("规上工业亩均税收")
                        .growth("95.3")
                        .asOf("1-6月")
                        .build()));

        assertThat(j.status()).isEqualTo(Status.AHEAD);
        assertThat(j.reason()).contains("增长95.3%(1-6月) ≥ 目标增长15%");
    }

    @Test
    void completionShareIsComparedWithTheSchedule() {
        Judgement j = judge(
                "启动建设“同舟共富”海上示范带4条。",
                List.of(q("4条").metric("启动建设“同舟共富”海上示范带").amount("4", "条").build()),
                "“同舟共富”海上示范带建设完成年度建设任务的91.3%。",
                List.of(q("完成年度建设任务的91.3%")
                        .metric("“同舟共富”海上示范带建设")
                        .completion("91.3")
                        .build()));

        assertThat(j.status()).isEqualTo(Status.AHEAD);
        assertThat(j.reason()).contains("完成年度建设任务的91.3% ≥ 序时进度75%");
    }

    @Test
    void approximateFigureIsUsedWithItsUncertaintyStated() {
        Judgement j = judge(
                "处置历史遗留围填海2800亩以上。",
                List.of(q("2800亩以上")
                        .metric("处置历史遗留围填海")
                        .amount("2800", "亩")
                        .atLeast()
                        .build()),
                "围填海历史遗留问题已完成处置约2600亩。",
                List.of(q("约2600亩")
                        .metric("处置历史遗留围填海")
                        .amount("2600", "亩")
                        .about()
                        .build()));

        assertThat(j.status()).isEqualTo(Status.AHEAD);
        assertThat(j.reason()).contains("2600亩(约数,存在不确定性) / 目标2800亩以上 = 92.9%");
    }

    @Test
    void estimateBelowTheScheduleIsBehindAndSaysItIsAnEstimate() {
        Judgement j = judge(
                "渔业全产业链产值达到850亿元。",
                List.of(q("850亿元").metric("渔业全产业链产值").amount("850", "元").yi().build()),
                "预计三季度渔业全产业链产值560亿元。",
                List.of(q("预计560亿元")
                        .metric("渔业全产业链产值")
                        .amount("560", "元")
                        .yi()
                        .about()
                        .build()));

        assertThat(j.status()).isEqualTo(Status.BEHIND);
        assertThat(j.reason()).contains("预计数,存在不确定性").contains("65.9% < 序时进度75%");
    }

    @Test
    void aFigureForAnEarlierMonthIsHeldAgainstThatMonthsSchedule() {
        Judgement j = judge(
                "外贸进出口额2500亿元。",
                List.of(q("2500亿元").metric("外贸进出口额").amount("2500", "元").yi().build()),
                "1-8月,外贸进出口额1800亿元。",
                List.of(q("1800亿元")
                        .metric("外贸进出口额")
                        .amount("1800", "元")
                        .yi()
                        .asOf("1-8月")
                        .build()));

        assertThat(j.status()).isEqualTo(Status.AHEAD);
        assertThat(j.reason()).contains("72% ≥ 序时进度66.7%");
    }

    @Test
    void theLatestPeriodsFigureSupersedesAnEarlierOne() {
        Quantity target = q("33亿美元").metric("外轮供应货值").amount("33", "美元").yi().build();
        Judgement j = judge(
                "外轮供应货值33亿美元。",
                List.of(target),
                "1-8月外轮供应货值24.38亿美元,预计1-9月27亿美元。",
                List.of(
                        q("24.38亿美元")
                                .metric("外轮供应货值")
                                .amount("24.38", "美元")
                                .yi()
                                .asOf("1-8月")
                                .build(),
                        q("27亿美元")
                                .metric("外轮供应货值")
                                .amount("27", "美元")
                                .yi()
                                .about()
                                .asOf("1-9月")
                                .build()));

        assertThat(j.status()).isEqualTo(Status.AHEAD);
        assertThat(j.reason()).contains("27亿美元(1-9月)").doesNotContain("24.38");
    }

    @Test
    void targetsThatDisagreeAreUnclearNamingWhichIsWhich() {
        Judgement j = judge(
                "消化批而未供土地3000亩、低效用地再开发2500亩以上。",
                List.of(
                        q("3000亩").metric("消化批而未供土地").amount("3000", "亩").build(),
                        q("2500亩以上")
                                .metric("低效用地再开发")
                                .amount("2500", "亩")
                                .atLeast()
                                .build()),
                "消化批而未供土地3096.7亩,低效用地再开发1828亩。",
                List.of(
                        q("3096.7亩").metric("消化批而未供土地").amount("3096.7", "亩").build(),
                        q("1828亩").metric("低效用地再开发").amount("1828", "亩").build()));

        assertThat(j.status()).isEqualTo(Status.UNCLEAR);
        assertThat(j.reason())
                .contains("达到或超过序时:消化批而未供土地:3096.7亩")
                .contains("滞后:低效用地再开发:1828亩 / 目标2500亩以上 = 73.1% < 序时进度75%");
    }

    @Test
    void anUnreportedTargetBesideOneOnScheduleIsAheadAndNamed() {
        Judgement j = judge(
                "新增城镇就业4.5万人,全面消除年人均收入1万元以下农村家庭。",
                List.of(
                        q("4.5万人").metric("新增城镇就业").amount("4.5", "人").wan().build(),
                        q("1万元以下")
                                .metric("年人均收入")
                                .amount("1", "元")
                                .wan()
                                .atMost()
                                .build()),
                "截至9月底,城镇新增就业35348人。",
                List.of(q("35348人")
                        .metric("城镇新增就业")
                        .amount("35348", "人")
                        .asOf("截至9月底")
                        .build()));

        assertThat(j.status()).isEqualTo(Status.AHEAD);
        assertThat(j.reason()).contains("78.6% ≥ 序时进度75%").contains("未提及目标的完成数据:年人均收入1万元以下");
    }

    @Test
    void aFigureNamedForAnotherMetricDoesNotMeasureTheTarget() {
        Judgement j = judge(
                "民生高频事项“就近办”比例达到80%以上。",
                List.of(q("80%以上").metric("民生高频事项“就近办”比例").ratio("80").atLeast().build()),
                "一网通办率95.48%。",
                List.of(q("95.48%").metric("一网通办率").ratio("95.48").build()));

        assertThat(j.status()).isEqualTo(Status.NO_DATA);
        assertThat(j.reason()).isEqualTo("未提及目标的完成数据:民生高频事项“就近办”比例80%以上");
    }

    @Test
    void aWholeProjectShareBelowTheScheduleCannotBeHeldAgainstTheYear() {
        Judgement j = judge(
                "推进省级未来社区样板建设5个。",
                List.of(q("5个").metric("推进省级未来社区样板建设").amount("5", "个").build()),
                "定海城西未来社区完成总工程量的65%。",
                List.of(q("完成总工程量的65%").metric("定海城西未来社区").completion("65").build()));

        assertThat(j.status()).isEqualTo(Status.UNCLEAR);
        assertThat(j.reason()).contains("项目总体进度,无法与年度序时进度75%对照");
    }

    @Test
    void looseShareOfPartsOnScheduleMakeATaskWithUnreportedHeadlinesAhead() {
        Judgement j = judge(
                "力争固定资产投资突破千亿规模。",
                List.of(q("千亿").metric("固定资产投资")
                        .amount("1000", "元")
                        .yi()
                        .atLeast()
                        .build()),
                "省“4+1”重点项目投资完成率84.3%,均超时序推进。",
                List.of(q("投资完成率84.3%")
                        .metric("省“4+1”重点项目投资完成率")
                        .completion("84.3")
                        .build()));

        assertThat(j.status()).isEqualTo(Status.AHEAD);
        assertThat(j.reason()).contains("投资完成率84.3% ≥ 序时进度75%").contains("未提及目标的完成数据:固定资产投资千亿");
    }

    @Test
    void aCapIsKeptWhileUseStaysWithinItsProRataShare() {
        List<Quantity> cap = List.of(q("6.5万吨标准煤以内")
                .metric("能源消费总量")
                .amount("6.5", "吨标准煤")
                .wan()
                .atMost()
                .build());
        Judgement within = judge(
                "能源消费总量控制在6.5万吨标准煤以内。",
                cap,
                "前三季度能源消费总量4.5万吨标准煤。",
                List.of(q("4.5万吨标准煤")
                        .metric("能源消费总量")
                        .amount("4.5", "吨标准煤")
                        .wan()
                        .build()));
        Judgement over = judge(
                "能源消费总量控制在6.5万吨标准煤以内。",
                cap,
                "前三季度能源消费总量5.5万吨标准煤。",
                List.of(q("5.5万吨标准煤")
                        .metric("能源消费总量")
                        .amount("5.5", "吨标准煤")
                        .wan()
                        .build()));

        assertThat(within.status()).isEqualTo(Status.AHEAD);
        assertThat(within.reason()).contains("69.2% ≤ 序时进度75%");
        assertThat(over.status()).isEqualTo(Status.BEHIND);
    }

    @Test
    void aRateCeilingIsMetAtOrBelowIt() {
        List<Quantity> ceiling =
                List.of(q("3%以内").metric("居民消费价格涨幅").growth("3").atMost().build());
        Judgement below = judge(
                "居民消费价格涨幅控制在3%以内。",
                ceiling,
                "居民消费价格上涨2.1%。",
                List.of(q("上涨2.1%").metric("居民消费价格涨幅").growth("2.1").build()));
        Judgement above = judge(
                "居民消费价格涨幅控制在3%以内。",
                ceiling,
                "居民消费价格上涨3.4%。",
                List.of(q("上涨3.4%").metric("居民消费价格涨幅").growth("3.4").build()));

        assertThat(below.status()).isEqualTo(Status.AHEAD);
        assertThat(above.status()).isEqualTo(Status.BEHIND);
        assertThat(above.reason()).contains("增长3.4% > 目标增长3%以内");
    }

    @Test
    void aTargetToFallIsMetByAFallAtLeastAsLarge() {
        List<Quantity> fall = List.of(q("下降5%").metric("生产安全事故起数").growth("5").build());
        Judgement more = judge(
                "生产安全事故起数下降5%。",
                fall,
                "事故起数同比减少37.5%。",
                List.of(q("减少37.5%").metric("生产安全事故起数").growth("-37.5").build()));
        Judgement less = judge(
                "生产安全事故起数下降5%。",
                fall,
                "事故起数同比下降2%。",
                List.of(q("下降2%").metric("生产安全事故起数").growth("2").build()));

        assertThat(more.status()).isEqualTo(Status.AHEAD);
        assertThat(more.reason()).contains("下降37.5% ≤ 目标下降5%");
        assertThat(less.status()).isEqualTo(Status.BEHIND);
    }

    @Test
    void teuAndStandardContainersAreOneUnit() {
        Judgement j = judge(
                "粮食“散改集”业务量2万标箱以上。",
                List.of(q("2万标箱以上")
                        .metric("粮食“散改集”业务量")
                        .amount("2", "标箱")
                        .wan()
                        .atLeast()
                        .build()),
                "粮食“散改集”业务量预计1.5万TEU。",
                List.of(q("1.5万TEU")
                        .metric("粮食“散改集”业务量")
                        .amount("1.5", "TEU")
                        .wan()
                        .about()
                        .build()));

        assertThat(j.status()).isEqualTo(Status.AHEAD);
        assertThat(j.reason()).contains("= 75% ≥ 序时进度75%");
    }

    @Test
    void withoutAPeriodOnlyMetTargetsAndWordsDecide() {
        List<Quantity> target =
                List.of(q("900个").metric("新增婴幼儿托位").amount("900", "个").build());
        TaskFacts met = new TaskFacts(
                "新增婴幼儿托位900个。",
                target,
                "累计完成998个托位建设。",
                List.of(q("998个").metric("托位建设").amount("998", "个").build()),
                null);
        TaskFacts part = new TaskFacts(
                "新增婴幼儿托位900个。",
                target,
                "累计完成500个托位建设。",
                List.of(q("500个").metric("托位建设").amount("500", "个").build()),
                null);

        assertThat(rules.judge(met).status()).isEqualTo(Status.COMPLETED);
        assertThat(rules.judge(part).status()).isEqualTo(Status.QUALITATIVE);
    }

    @Test
    void assessmentCarriesTheSignalOfItsGap() {
        Assessment a = rules.assess(new TaskFacts(
                "改造提升背街小巷10条。",
                List.of(q("10条").metric("改造提升背街小巷").amount("10", "条").build()),
                "10条背街小巷改造提升已完成5条。",
                List.of(q("已完成5条").metric("背街小巷改造提升").amount("5", "条").build()),
                Q3));

        assertThat(a.status()).isEqualTo(Status.BEHIND);
        assertThat(a.gap()).isEqualByComparingTo("0.25");
        assertThat(a.signal()).isEqualTo(Signal.AMBER);
    }

    @Test
    void aFigureWhoseMetricFitsNoneOfSeveralTargetsWellIsNotTakenForOne() {
        Judgement j = judge(
                "新增上市企业1家,培育省级“专精特新”中小企业40家,“新升规”企业50家。",
                List.of(
                        q("1家").metric("新增上市企业").amount("1", "家").build(),
                        q("40家").metric("培育省级“专精特新”中小企业").amount("40", "家").build(),
                        q("50家").metric("“新升规”企业").amount("50", "家").build()),
                "建立全市重点上规企业培育库102家。",
                List.of(q("102家").metric("建立全市重点上规企业培育库").amount("102", "家").build()));

        assertThat(j.status()).isEqualTo(Status.NO_DATA);
    }

    @Test
    void missingAHopedForTargetBesideAFirmOneIsNotLagging() {
        List<Quantity> targets = List.of(
                q("增长9%").metric("地区生产总值").growth("9").build(),
                q("力争10%").metric("地区生产总值(力争)").growth("10").atLeast().build());
        Judgement j = judge(
                "全市地区生产总值增长9%、力争10%。",
                targets,
                "前三季度地区生产总值增长9.4%。",
                List.of(q("增长9.4%").metric("地区生产总值").growth("9.4").build()));

        assertThat(j.status()).isEqualTo(Status.AHEAD);
        assertThat(j.reason()).contains("增长9.4% ≥ 目标增长9%").contains("力争目标未达到(不计为滞后)");
    }

    @Test
    void aHopedForTargetAloneIsBinding() {
        Judgement j = judge(
                "力争规上工业增加值增长10%。",
                List.of(q("力争10%").metric("规上工业增加值").growth("10").atLeast().build()),
                "规上工业增加值增长9.4%。",
                List.of(q("增长9.4%").metric("规上工业增加值").growth("9.4").build()));

        assertThat(j.status()).isEqualTo(Status.BEHIND);
    }

    @Test
    void assessmentListsTheFactsUsedForEachTarget() {
        Quantity met = q("85人").metric("引育“高精尖”人才").amount("85", "人").build();
        Assessment a = rules.assess(new TaskFacts(
                "新引育“高精尖”人才80人以上,新聘海洋特色产业工程师30名以上。",
                List.of(
                        q("80人以上")
                                .metric("新引育“高精尖”人才")
                                .amount("80", "人")
                                .atLeast()
                                .build(),
                        q("30名以上")
                                .metric("新聘海洋特色产业工程师")
                                .amount("30", "名")
                                .atLeast()
                                .build()),
                "引育“高精尖”人才85人。",
                List.of(met),
                Q3));

        assertThat(a.checks()).hasSize(2);
        Check first = a.checks().get(0);
        assertThat(first.actual()).isEqualTo(met);
        assertThat(first.outcome()).isEqualTo("completed");
        assertThat(first.rule()).isEqualTo("amount");
        assertThat(first.achieved()).isEqualByComparingTo("1.0625");
        assertThat(first.expected()).isEqualByComparingTo("0.75");
        assertThat(a.checks().get(1).outcome()).isEqualTo("unreported");
        assertThat(a.checks().get(1).actual()).isNull();
    }

    @Test
    void aFigureOfAnEarlierStagePutsATaskOnScheduleButDoesNotCompleteIt() {
        Judgement j = judge(
                "创建省级善治示范村30个。",
                List.of(q("30个").metric("创建省级善治示范村").amount("30", "个").build()),
                "34个省级善治示范村创建对象已通过审核。",
                List.of(q("34个").metric("省级善治示范村创建对象审核").amount("34", "个").build()));

        assertThat(j.status()).isEqualTo(Status.AHEAD);
        assertThat(j.reason()).contains("34个 / 目标30个 = 113.3%,但为“对象”阶段的数字,尚未完成");
    }

    @Test
    void aFigureOfTheTargetsOwnStageCompletesIt() {
        Judgement j = judge(
                "新开工重大项目50个。",
                List.of(q("50个").metric("新开工重大项目").amount("50", "个").build()),
                "新开工重大项目52个。",
                List.of(q("52个").metric("新开工重大项目").amount("52", "个").build()));

        assertThat(j.status()).isEqualTo(Status.COMPLETED);
    }

    @Test
    void aCellThatOpensWithTheShareDoneIsHeldAgainstTheSchedule() {
        Quantity share = q("90%").metric("").completion("90").build();
        assertThat(judge("推进城乡供水一体化", List.of(), "90%", List.of(share)).status())
                .isEqualTo(Status.AHEAD);
        Quantity low = q("40%").metric("").completion("40").build();
        assertThat(judge("推进城乡供水一体化", List.of(), "40%(征地未完成)", List.of(low)).status())
                .isEqualTo(Status.BEHIND);
    }

    @Test
    void aShareInsideANarrativeLeavesATaskWithoutTargetsQualitative() {
        Quantity part = q("完成年度投资的80%").metric("年度投资").completion("80").build();
        assertThat(judge("推进城乡供水一体化", List.of(), "管网铺设有序推进,完成年度投资的80%。", List.of(part))
                        .status())
                .isEqualTo(Status.QUALITATIVE);
    }

    @Test
    void aShortReportThatSaysTheWorkIsDoneCompletesATaskWithoutTargets() {
        assertThat(judge("建设社区书屋", List.of(), "已完成。", List.of()).status()).isEqualTo(Status.COMPLETED);
        assertThat(judge("建设社区书屋", List.of(), "已完成选址,正在装修。", List.of()).status())
                .isEqualTo(Status.QUALITATIVE);
    }
}
