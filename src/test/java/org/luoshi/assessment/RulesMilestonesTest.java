package org.luoshi.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.luoshi.assessment.Quantities.q;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.luoshi.text.Quantity;

/** Milestones a task sets itself ("上半年开工", "年底前建成") against the period's end. */
class RulesMilestonesTest {

    private static final BigDecimal Q2 = new BigDecimal("0.5");
    private static final BigDecimal Q3 = new BigDecimal("0.75");
    private static final BigDecimal YEAR = BigDecimal.ONE;

    private final Rules rules = new Rules();

    private Judgement judge(String content, String progress, BigDecimal share) {
        return rules.judge(new TaskFacts(content, List.of(), progress, List.of(), share));
    }

    private Judgement judge(String content, Quantity target, String progress, Quantity actual, BigDecimal share) {
        return rules.judge(new TaskFacts(content, List.of(target), progress, List.of(actual), share));
    }

    private static Quantity pipes(String km) {
        return q(km + "公里").metric("污水管网").amount(km, "公里").build();
    }

    @Test
    void aMilestoneDueWithoutItsEventIsBehind() {
        Judgement j = judge("确保城东大桥上半年开工。", "城东大桥完成初步设计,施工图设计正在审查。", Q3);

        assertThat(j.status()).isEqualTo(Status.BEHIND);
        assertThat(j.reason()).contains("里程碑“上半年开工”已到期,进展未提及开工");
    }

    @Test
    void aMilestoneDueWithOnlyAPlanForItsEventIsBehind() {
        Judgement j = judge("确保城东大桥上半年开工。", "施工图已通过审查,计划10月开工。", Q3);

        assertThat(j.status()).isEqualTo(Status.BEHIND);
    }

    @Test
    void aMetStartIsOnSchedule() {
        Judgement j = judge("确保城东大桥上半年开工。", "城东大桥已于5月开工建设,完成桩基20根。", Q3);

        assertThat(j.status()).isEqualTo(Status.AHEAD);
        assertThat(j.reason()).contains("里程碑“上半年开工”已到期,进展称已开工");
    }

    @Test
    void aMetFinishThatIsTheWholeTaskIsCompleted() {
        Judgement j = judge("加快建设市民服务中心,6月底前建成投用。", "市民服务中心已于6月28日建成并投入使用。", Q3);

        assertThat(j.status()).isEqualTo(Status.COMPLETED);
        assertThat(j.reason()).contains("任务已完成");
    }

    @Test
    void aMetMilestoneInATaskOfSeveralItemsStaysOrdinaryProgress() {
        Judgement j = judge("加快建设金塘新材料产业园,确保首期项目上半年开工,争取引进外资头部企业,同步规划建设生态新城。", "安澜工程、金鹏大桥分别于9月15日和21日开工建设。", Q3);

        assertThat(j.status()).isEqualTo(Status.QUALITATIVE);
        assertThat(j.reason()).contains("里程碑“上半年开工”已到期,进展称已开工");
    }

    @Test
    void aMilestoneNotYetDueKeepsProRata() {
        Judgement words = judge("年底前建成城东大桥。", "主桥完成桩基施工,正在浇筑承台。", Q3);
        assertThat(words.status()).isEqualTo(Status.QUALITATIVE);
        assertThat(words.reason()).contains("里程碑“年底前建成”尚未到期");

        Judgement figures = judge("年底前建成污水管网10公里。", pipes("10"), "建成污水管网8公里。", pipes("8"), Q3);
        assertThat(figures.status()).isEqualTo(Status.AHEAD);
        assertThat(figures.reason()).contains("8公里 / 目标10公里 = 80% ≥ 序时进度75%");
    }

    @Test
    void aDueTargetIsComparedWithItsWhole() {
        Judgement early = judge("6月底前建成污水管网10公里。", pipes("10"), "建成污水管网8公里。", pipes("8"), Q3);
        assertThat(early.status()).isEqualTo(Status.BEHIND);
        assertThat(early.reason()).contains("里程碑“6月底前建成”已到期,按全部目标衡量").contains("8公里 / 目标10公里 = 80%");

        Judgement yearEnd = judge("年底前建成污水管网10公里。", pipes("10"), "建成污水管网8公里。", pipes("8"), YEAR);
        assertThat(yearEnd.status()).isEqualTo(Status.BEHIND);

        Judgement met = judge("6月底前建成污水管网10公里。", pipes("10"), "建成污水管网10公里。", pipes("10"), Q3);
        assertThat(met.status()).isEqualTo(Status.COMPLETED);
    }

    @Test
    void aDueShareIsHeldAgainstItsOwnShare() {
        Quantity half = q("50%").metric("年度任务").completion("50").build();
        Quantity sixty = q("完成年度任务的60%").metric("年度任务").completion("60").build();
        Quantity forty = q("完成年度任务的40%").metric("年度任务").completion("40").build();

        assertThat(judge("上半年完成50%。", half, "完成年度任务的60%。", sixty, Q3).status()).isEqualTo(Status.AHEAD);
        assertThat(judge("上半年完成50%。", half, "完成年度任务的40%。", forty, Q3).status()).isEqualTo(Status.BEHIND);
    }

    @Test
    void aMilestoneGovernsOnlyTheTargetInItsClause() {
        Judgement j = judge("上半年开工城东大桥,新建污水管网10公里。", pipes("10"), "建成污水管网8公里。", pipes("8"), Q3);

        assertThat(j.status()).isEqualTo(Status.AHEAD);
        assertThat(j.reason()).doesNotContain("里程碑").contains("≥ 序时进度75%");
    }

    @Test
    void aMilestoneDueAtTheHalfYearIsDueAtTheHalfYear() {
        assertThat(judge("确保城东大桥上半年开工。", "完成初步设计。", Q2).status()).isEqualTo(Status.BEHIND);
        assertThat(judge("确保城东大桥三季度开工。", "完成初步设计。", Q2).status()).isEqualTo(Status.QUALITATIVE);
    }

    @Test
    void aTaskListWithoutAPeriodHasNoMilestoneDue() {
        assertThat(judge("确保城东大桥上半年开工。", "完成初步设计。", null).status()).isEqualTo(Status.QUALITATIVE);
    }

    @Test
    void cueWordsOfRiskStillComeFirst() {
        assertThat(judge("确保城东大桥上半年开工。", "受用地指标影响,项目暂缓实施。", Q3).status()).isEqualTo(Status.AT_RISK);
    }
}
