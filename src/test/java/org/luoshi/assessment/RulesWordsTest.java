package org.luoshi.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.luoshi.assessment.Quantities.q;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.luoshi.text.Quantity;

/** What the words of a progress text decide, with phrases from the Zhoushan 2022 Q3 report (序时进度 75%). */
class RulesWordsTest {

    private static final BigDecimal Q3 = new BigDecimal("0.75");

    private final Rules rules = new Rules();

    private Judgement judge(String content, List<Quantity> targets, String progress, List<Quantity> actuals) {
        return rules.judge(new TaskFacts(content, targets, progress, actuals, Q3));
    }

    @Test
    void ordinaryProgressWithoutNumericTargetIsQualitative() {
        Judgement j = judge(
                "加强政府投资预算管理,提高重大项目资金保障能力。",
                List.of(),
                "1.完成下达第二批前期类政府投资项目预算资金1530万元。",
                List.of(q("1530万元").amount("1530", "元").wan().build()));

        assertThat(j.status()).isEqualTo(Status.QUALITATIVE);
    }

    @Test
    void emptyProgressIsNoData() {
        assertThat(judge("开工建设六横公路大桥(二期)。", List.of(), " ", List.of()).status()).isEqualTo(Status.NO_DATA);
    }

    @Test
    void figuresStillBeingComputedAreNoData() {
        Judgement j = judge(
                "全市地区生产总值增长9%。", List.of(q("增长9%").metric("地区生产总值").growth("9").build()), "目前该类指标数据尚在核算阶段", List.of());

        assertThat(j.status()).isEqualTo(Status.NO_DATA);
        assertThat(j.reason()).contains("尚在核算");
    }

    @Test
    void explicitFailureIsAtRisk() {
        Judgement j = judge("创建省级生态文明建设示范区。", List.of(), "未获第六批省级生态文明建设示范区命名推荐。", List.of());

        assertThat(j.status()).isEqualTo(Status.AT_RISK);
        assertThat(j.reason()).contains("未获第六批");
    }

    @Test
    void postponementOutweighsFiguresThatAreNotDone() {
        Judgement j = judge(
                "改造老旧小区住宅497幢。",
                List.of(q("497幢").metric("老旧小区住宅改造").amount("497", "幢").build()),
                "完成总体进度的55%。鳌山新村棚改因改造意愿未达到规定比例,该项目暂缓改造。",
                List.of(q("完成总体进度的55%").metric("老旧小区住宅改造").completion("55").build()));

        assertThat(j.status()).isEqualTo(Status.AT_RISK);
        assertThat(j.reason()).contains("暂缓改造").contains("55%");
    }

    @Test
    void taxDeferralIsAPolicyNotAPostponement() {
        Judgement j = judge("落实组合式税费支持政策。", List.of(), "落实延期缴纳税款和阶段性缓缴社保费政策,未出现延期。", List.of());

        assertThat(j.status()).isEqualTo(Status.QUALITATIVE);
    }

    @Test
    void aStatementThatTheTargetIsDoneCompletesATaskWithoutFigures() {
        Judgement j = judge(
                "新增城区公共停车位1000个。",
                List.of(q("1000个").metric("新增城区公共停车位").amount("1000", "个").build()),
                "已在第二季度完成目标任务。",
                List.of());

        assertThat(j.status()).isEqualTo(Status.COMPLETED);
        assertThat(j.reason()).contains("已在第二季度完成目标任务");
    }

    @Test
    void partialOrPreliminaryCompletionIsNotCompletion() {
        List<Quantity> targets =
                List.of(q("5家").metric("建成智慧养老院").amount("5", "家").build());
        for (String progress : List.of("部分已完成。", "已完成前期工作。", "完成年度任务的77%以上的准备。", "尚未完成验收。", "预计年底完成全年任务。")) {
            assertThat(judge("建成智慧养老院5家。", targets, progress, List.of()).status())
                    .as(progress)
                    .isEqualTo(Status.NO_DATA);
        }
    }

    @Test
    void aPromiseToExceedTheTargetIsOnTrack() {
        Judgement j = judge(
                "全社会研发投入强度达到2.2%。",
                List.of(q("2.2%").metric("全社会研发投入强度").ratio("2.2").build()),
                "预计1-9月研发费用达到65亿元左右,将超额完成三季度目标任务。",
                List.of());

        assertThat(j.status()).isEqualTo(Status.AHEAD);
    }

    @Test
    void annualTaskDoneCompletesAOneItemTaskWithoutNumericTarget() {
        Judgement j = judge("开工建设六横公路大桥(二期)。", List.of(), "累计完成投资1.1亿元,提前超额完成全年任务。", List.of());

        assertThat(j.status()).isEqualTo(Status.COMPLETED);
    }

    @Test
    void annualTaskDoneForOnePartOfAManyItemTaskStaysQualitative() {
        Judgement j = judge("优化提升营商环境。深入实施降成本行动。", List.of(), "已累计减负82.68亿元,已提前超额完成年度目标任务。", List.of());

        assertThat(j.status()).isEqualTo(Status.QUALITATIVE);
    }

    @Test
    void somethingDoneWithTheRestStillToFinishIsAheadNotCompleted() {
        Judgement j = judge(
                "建成社区多功能运动场6个、百姓健身房8个,新建登山健身步道12公里。",
                List.of(
                        q("6个").metric("建成社区多功能运动场").amount("6", "个").build(),
                        q("12公里").metric("新建登山健身步道").amount("12", "公里").build()),
                "百姓健身房及定海、岱山、嵊泗登山健身步道等工程均已完工,普陀登山健身步道预计10月中旬完工。",
                List.of());

        assertThat(j.status()).isEqualTo(Status.AHEAD);
        assertThat(j.reason()).contains("均已完工").contains("预计10月中旬完工");
    }

    @Test
    void theUnitsOwnWordOnTheScheduleSettlesFiguresThatDisagree() {
        List<Quantity> targets = List.of(
                q("千亿").metric("固定资产投资").amount("1000", "元").yi().atLeast().build());
        List<Quantity> actuals = List.of(
                q("144.60亿元").metric("投资").amount("144.60", "元").yi().build(),
                q("完成率80.3%").metric("市重点项目投资年度计划完成率").completion("80.3").build());
        Judgement said = judge("力争固定资产投资突破千亿规模。", targets, "年度计划完成率80.3%,均超时序推进。", actuals);
        Judgement silent = judge("力争固定资产投资突破千亿规模。", targets, "年度计划完成率80.3%。", actuals);

        assertThat(said.status()).isEqualTo(Status.AHEAD);
        assertThat(said.reason()).contains("均超时序推进").contains("滞后:固定资产投资:144.6亿元");
        assertThat(silent.status()).isEqualTo(Status.UNCLEAR);
    }

    @Test
    void anExplicitLagWithoutNumericTargetIsBehind() {
        Judgement j = judge("加快推进城市更新。", List.of(), "受疫情影响,部分项目进度滞后。", List.of());

        assertThat(j.status()).isEqualTo(Status.BEHIND);
    }

    @Test
    void readsFullWidthPunctuationAndTraditionalCharacters() {
        List<Quantity> targets =
                List.of(q("5家").metric("建成智慧養老院").amount("5", "家").build());
        Judgement postponed = judge("建成智慧養老院5家。", targets, "受疫情影響\uFF0C項目暫緩建設\uFF1B其餘有序推進。", List.of());
        Judgement partial = judge("建成智慧養老院5家。", targets, "已完成\uFF08部分\uFF09前期工作\uFF0C預計年底建成。", List.of());

        assertThat(postponed.status()).isEqualTo(Status.AT_RISK);
        assertThat(partial.status()).isEqualTo(Status.NO_DATA);
    }

    @Test
    void orderingOthersToStopWorkIsEnforcementNotRisk() {
        Judgement j = judge("深化安全生产专项整治。", List.of(), "检查企业120家,责令停工整改5家。", List.of());

        assertThat(j.status()).isEqualTo(Status.QUALITATIVE);
    }

    @Test
    void somethingDoneCompletesATaskWithoutFiguresOnlyWhenItIsWhatTheTargetNames() {
        List<Quantity> targets =
                List.of(q("10公里").metric("新建改建污水管网").amount("10", "公里").build());
        Judgement named = judge("新建改建污水管网10公里。", targets, "城区新建改建污水管网工程已竣工。", List.of());
        Judgement other = judge("新建改建污水管网10公里。", targets, "中科院宁波材料所岱山基地已竣工。", List.of());

        assertThat(named.status()).isEqualTo(Status.COMPLETED);
        assertThat(other.status()).isEqualTo(Status.NO_DATA);
    }

    @Test
    void aTaskNotReportedIsGreyAndNotNoData() {
        Assessment a = rules.notReported();
        assertThat(a.judgement().status()).isEqualTo(Status.NOT_REPORTED);
        assertThat(a.signal()).isEqualTo(Signal.GREY);
        assertThat(Status.NOT_REPORTED.label()).isNotEqualTo(Status.NO_DATA.label());
    }
}
