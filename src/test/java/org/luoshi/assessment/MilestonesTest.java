package org.luoshi.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.luoshi.assessment.Milestones.Milestone;

/** Milestone phrases from the Zhoushan report and in other governments' style. */
class MilestonesTest {

    private static Milestone only(String content) {
        List<Milestone> found = Milestones.of(content);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void aHalfYearStartFromTheSampleIsDueInJune() {
        Milestone m = only("加快建设金塘新材料产业园,确保首期项目上半年开工,争取引进外资头部企业,同步规划建设生态新城。");
        assertThat(m.month()).isEqualTo(6);
        assertThat(m.event()).isEqualTo("开工");
        assertThat(m.text()).isEqualTo("上半年开工");
    }

    @Test
    void yearEndAndQuarterPhrasesGiveTheirMonths() {
        assertThat(only("年底前建成污水管网10公里").month()).isEqualTo(12);
        assertThat(only("三季度末建成投用").event()).isEqualTo("建成投用");
        assertThat(only("三季度末建成投用").month()).isEqualTo(9);
        assertThat(only("前三季度完成主体工程").month()).isEqualTo(9);
        assertThat(only("第一季度签约重大项目5个").month()).isEqualTo(3);
        assertThat(only("2季度开工").month()).isEqualTo(6);
        assertThat(only("四季度投产").month()).isEqualTo(12);
        assertThat(only("年中投入使用").event()).isEqualTo("投入使用");
        assertThat(only("年内全面完成改造").text()).isEqualTo("年内全面完成");
        assertThat(only("年末竣工").month()).isEqualTo(12);
    }

    @Test
    void aMonthNeedsAnEndOrABeforeAndAVerb() {
        assertThat(only("6月底前印发实施方案").month()).isEqualTo(6);
        assertThat(only("6月底前印发实施方案").event()).isEqualTo("印发");
        assertThat(only("力争2023年9月前实现通车").month()).isEqualTo(9);
        assertThat(only("十月底前竣工验收").month()).isEqualTo(10);
        assertThat(only("11月底前出台配套政策").month()).isEqualTo(11);
        assertThat(only("5月末开业").month()).isEqualTo(5);
    }

    @Test
    void datesWithoutAnEventVerbAreNoMilestones() {
        assertThat(Milestones.of("2022年,全市生产总值增长6%以上。")).isEmpty();
        assertThat(Milestones.of("《条例》自10月1日起施行。")).isEmpty();
        assertThat(Milestones.of("1-9月完成固定资产投资120亿元。")).isEmpty();
        assertThat(Milestones.of("截至9月底完成投资5亿元。")).isEmpty();
        assertThat(Milestones.of("6月份召开推进会。")).isEmpty();
        assertThat(Milestones.of("年底前")).isEmpty();
        assertThat(Milestones.of("推进城市更新,完成老旧小区改造30个。")).isEmpty();
    }

    @Test
    void aReportThatTheEventHappenedMeetsIt() {
        Milestone start = only("确保首期项目上半年开工");
        assertThat(Milestones.happened(start, "首期项目已开工建设。")).isTrue();
        assertThat(Milestones.happened(start, "首期项目于5月18日正式动工。")).isTrue();
        assertThat(Milestones.happened(start, "已完成可研,9月开工。")).isTrue();
        Milestone built = only("年底前建成投用");
        assertThat(Milestones.happened(built, "项目已于12月投入使用。")).isTrue();
        Milestone issued = only("6月底前出台实施方案");
        assertThat(Milestones.happened(issued, "《实施方案》已由市政府办公室印发。")).isTrue();
    }

    @Test
    void aPlanToDoItIsNotDoingIt() {
        Milestone start = only("确保首期项目上半年开工");
        assertThat(Milestones.happened(start, "首期项目计划10月开工。")).isFalse();
        assertThat(Milestones.happened(start, "完成施工图设计,预计年底前开工建设。")).isFalse();
        assertThat(Milestones.happened(start, "项目尚未开工,正在办理用地手续。")).isFalse();
        assertThat(Milestones.happened(start, "项目将于近期开工。")).isFalse();
        assertThat(Milestones.happened(start, "正在准备开工。")).isFalse();
        assertThat(Milestones.happened(start, "完成初步设计审查。")).isFalse();
        assertThat(Milestones.happened(start, "")).isFalse();
    }

    @Test
    void startsDoNotFinishATaskAndBuildsDo() {
        assertThat(Milestones.finishes(only("上半年开工"))).isFalse();
        assertThat(Milestones.finishes(only("一季度签约"))).isFalse();
        assertThat(Milestones.finishes(only("年底前建成"))).isTrue();
        assertThat(Milestones.finishes(only("6月底前印发"))).isTrue();
    }
}
