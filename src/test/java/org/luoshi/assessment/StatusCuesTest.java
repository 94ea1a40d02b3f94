package org.luoshi.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Cue words read in context, with phrases from the sample and their look-alikes. */
class StatusCuesTest {

    @Test
    void readsNotObtainedAndPostponedAsAtRisk() {
        assertThat(StatusCues.read("未获第六批省级生态文明建设示范区命名推荐").atRisk()).isPresent();
        assertThat(StatusCues.read("帆船跳岛拉力赛因疫情防控要求延期举办。").atRisk()).contains("帆船跳岛拉力赛因疫情防控要求延期举办");
        assertThat(StatusCues.read("因改造意愿未达到规定比例,该项目暂缓改造。").atRisk()).contains("该项目暂缓改造");
        assertThat(StatusCues.read("受疫情影响,全年目标难以完成。").atRisk()).isPresent();
        assertThat(StatusCues.read("全线开工,受汛期影响部分标段工期延误。").atRisk()).contains("受汛期影响部分标段工期延误");
        assertThat(StatusCues.read("受地下管线迁改影响,部分站点工期延后。").atRisk()).contains("部分站点工期延后");
        assertThat(StatusCues.read("目前新增老年食堂9家,选址困难,完成年度目标难度较大。").atRisk()).contains("完成年度目标难度较大");
    }

    @Test
    void doesNotReadReliefPoliciesOrNegatedDelaysAsRisk() {
        assertThat(StatusCues.read("落实延期还本付息政策,阶段性缓缴社保费。").atRisk()).isEmpty();
        assertThat(StatusCues.read("各项目均按计划推进,未出现延期。").atRisk()).isEmpty();
        assertThat(StatusCues.read("倒排工期,防止延误,主体工程按节点推进。").atRisk()).isEmpty();
        assertThat(StatusCues.read("克服疫情影响,未出现工期延后。").atRisk()).isEmpty();
        assertThat(StatusCues.read("针对征地难度较大的问题,召开专题协调会。").atRisk()).isEmpty();
        assertThat(StatusCues.read("完成年度计划的21.6%,主要受重大项目开工延后影响。").atRisk()).isEmpty();
        assertThat(StatusCues.read("对预计年底难以使用的资金进行分档分类压减。").atRisk()).isEmpty();
        assertThat(StatusCues.read("专项排查招投标情况,未发现违规问题。").atRisk()).isEmpty();
    }

    @Test
    void readsFiguresNotYetOutAsNoData() {
        assertThat(StatusCues.read("目前该类指标数据尚在核算阶段").noData()).contains("目前该类指标数据尚在核算阶段");
        assertThat(StatusCues.read("三季度统计数据暂未公布。").noData()).isPresent();
    }

    @Test
    void readsTheAnnualTaskDoneAsTaskDone() {
        assertThat(StatusCues.read("累计完成投资1.1亿元,提前超额完成全年任务。").taskDone()).contains("提前超额完成全年任务");
        assertThat(StatusCues.read("已在第二季度完成目标任务。").taskDone()).contains("已在第二季度完成目标任务");
    }

    @Test
    void readsTheAnnualTargetNamedByItsFigureAsTaskDone() {
        assertThat(StatusCues.read("全年新建口袋公园36个,超额完成30个的年度目标任务。").taskDone()).contains("超额完成30个的年度目标任务");
        assertThat(StatusCues.read("累计培训2.1万人次,完成1.8万人次年度目标任务").taskDone()).isPresent();
        assertThat(StatusCues.read("力争超额完成30个的年度目标任务").taskDone()).isEmpty();
        assertThat(StatusCues.read("已完成30个的年度目标任务的60%").taskDone()).isEmpty();
    }

    @Test
    void doesNotReadSharesPlansOrPartsAsDone() {
        for (String text : new String[] {
            "预计到位市外资金23亿元,完成年度任务的77%",
            "部分已完成",
            "已完成前期工作",
            "改革总体进度已完成78%",
            "尚未完成",
            "力争年底前完成全年任务",
            "预计今年年底竣工",
            "提前完成“1亿元以上产业项目16个”年度目标"
        }) {
            StatusCues.Found found = StatusCues.read(text);
            assertThat(found.taskDone()).as(text).isEmpty();
            assertThat(found.allDone()).as(text).isEmpty();
            assertThat(found.done()).as(text).isEmpty();
        }
    }

    @Test
    void readsAllOfSomethingDoneAsAllDone() {
        assertThat(StatusCues.read("“浙文惠享”项目全部提前完工,列全省第1。").allDone()).isPresent();
        assertThat(StatusCues.read("3.完成剩余5家村卫生室(站)规范化建设。").allDone()).contains("完成剩余5家村卫生室(站)规范化建设");
    }

    @Test
    void readsScheduleWordsAsOnTrackOrLagging() {
        assertThat(StatusCues.read("市重点项目投资年度计划完成率80.3%,均超时序推进。").onTrack()).isPresent();
        assertThat(StatusCues.read("预计1-9月65亿元左右,将超额完成三季度目标任务。").onTrack()).isPresent();
        assertThat(StatusCues.read("受原材料涨价影响,工程进度滞后。").lagging()).isPresent();
        assertThat(StatusCues.read("将超额完成三季度目标任务。").done()).isEmpty();
    }

    @Test
    void readsTheAnnualTaskOfAKindDoneAsTaskDone() {
        assertThat(StatusCues.read("已完成年度建设任务。").taskDone()).isPresent();
        assertThat(StatusCues.read("已完成全年目标任务。").taskDone()).isPresent();
    }

    @Test
    void readsBasicallyDoneAsOnTrackNotDone() {
        StatusCues.Found found = StatusCues.read("已基本完成年度建设任务。");
        assertThat(found.taskDone()).isEmpty();
        assertThat(found.done()).isEmpty();
        assertThat(found.onTrack()).isPresent();
    }

    @Test
    void doesNotReadWhatTheOfficeWorksOnAsTheTasksStanding() {
        StatusCues.Found found = StatusCues.read("对进度滞后项目实行挂图作战,督促停工项目尽快复工,为企业办理延期手续。");
        assertThat(found.lagging()).isEmpty();
        assertThat(found.atRisk()).isEmpty();
    }

    @Test
    void readsWhoIsSlowAsLagging() {
        assertThat(StatusCues.read("其中,社区食堂建设进度较慢的为东湖镇。").lagging()).isPresent();
        assertThat(StatusCues.read("养老床位改造推进缓慢的县区有北山县、南岭区。").lagging()).isPresent();
        assertThat(StatusCues.read("64%(西塘、北渡偏慢)").lagging()).isPresent();
        assertThat(StatusCues.read("31%(严重滞后)").lagging()).isPresent();
        assertThat(StatusCues.read("滞后项目:正在编制设计方案").lagging()).isPresent();
        assertThat(StatusCues.read("全市未开工建设的乡镇为青石镇。").lagging()).isPresent();
    }

    @Test
    void doesNotReadTheOfficesHandlingOfSlowWorkAsLagging() {
        assertThat(StatusCues.read("对进度较慢的项目挂牌督办,已全部开工。").lagging()).isEmpty();
        assertThat(StatusCues.read("梳理推进缓慢的问题清单,逐项销号。").lagging()).isEmpty();
        assertThat(StatusCues.read("各项目均未出现进度滞后。").lagging()).isEmpty();
    }
}
