package org.luoshi.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which figures of a progress text measure the task, on phrases written in the manner of other cities' reports
 * (finance, roads, schools, hospitals, farmland, waste, tourism), one rule per test.
 */
class LinkingRulesTest {

    private final QuantityExtractor extractor = new QuantityExtractor();

    private List<String> actuals(String content, String progress) {
        return extractor.actuals(progress, extractor.targets(content), content).stream()
                .map(Quantity::text)
                .toList();
    }

    @Test
    void aShareIsMeasuredOnItsNumeratorNotOnItsBase() {
        // The base after 占 names what the share is taken of: 76.2% measures 民生支出, not 一般性支出.
        assertThat(actuals("严控一般性支出,压减非刚性非重点支出。", "全市民生支出96.3亿元,占一般公共预算支出的比重为76.2%。"))
                .doesNotContain("76.2%");
        assertThat(actuals("优化财政支出结构,加大民生支出保障。", "全市民生支出96.3亿元,占一般公共预算支出的比重为76.2%。"))
                .contains("76.2%");
        assertThat(actuals("提升县域医疗服务能力。", "县域内就诊率达到91.3%,基层医疗卫生机构诊疗量占比为62%。")).doesNotContain("62%");
    }

    @Test
    void aBareRateTakesItsSubjectFromTheClauseBefore() {
        assertThat(actuals("深入推进农村生活垃圾分类处理。", "全市农村生活垃圾日均清运量保持稳定,资源化利用率达到96.5%。"))
                .containsExactly("96.5%");
        assertThat(actuals("深入推进农村生活垃圾分类处理。", "全市空气质量持续向好,优良率达到93.2%。")).isEmpty();
    }

    @Test
    void aShareOfWorkMeasuresWhatItsOwnClauseNames() {
        // A part named in the share's clause (the curtain wall) is not the task's work; the project's overall
        // progress, or a share of the whole works after a stage, is.
        String content = "加快推进市第一人民医院迁建工程。";
        assertThat(actuals(content, "市第一人民医院迁建工程门诊楼主体结顶,外立面幕墙安装完成60%;项目总体形象进度达到75%。"))
                .containsExactly("进度达到75%");
        assertThat(actuals("建成城北污水处理厂提标改造工程。", "城北污水处理厂提标改造工程土建施工已完成总工程量的55%,二沉池设备安装完成80%。"))
                .containsExactly("完成总工程量的55%");
        assertThat(actuals("建成社区嵌入式体育场地20处。", "截至9月底,相关体育场地总体建设进度达90%。")).containsExactly("进度达90%");
        assertThat(actuals("消化批而未供土地3000亩。", "已消化批而未供土地3120亩,市级完成率为104%。")).containsExactly("3120亩", "完成率为104%");
    }

    @Test
    void aProgrammeNamedInQuotesThatTheTaskDoesNotMentionIsAnotherProgramme() {
        String content = "改造提升老旧小区40个,打造精品示范街道10条。";
        assertThat(actuals(content, "已完成老旧小区改造32个,打造精品示范街道7条,8条“门前三包”示范街道落实长效管理。"))
                .containsExactly("32个", "7条");
        assertThat(actuals("新增“口袋公园”15个。", "今年以来已建成“口袋公园”12个。")).containsExactly("12个");
    }

    @Test
    void aFigureNamingATargetFullyOutranksOneNamingItInPart() {
        // Dredging and inspecting sewers is other work on the same network than laying new sewers.
        assertThat(actuals("新建污水管网30公里。", "新建污水管网26公里,污水管网清淤检测12公里。")).containsExactly("26公里");
        // Without a full match the partial one stays.
        assertThat(actuals("新建污水管网30公里。", "污水管网清淤检测12公里。")).containsExactly("12公里");
        // Each part of a listed metric is measured on its own.
        assertThat(actuals("打通断头路、瓶颈路6条。", "已打通断头路2条,改造瓶颈路3条。")).containsExactly("2条", "3条");
    }

    @Test
    void aPartOfAKeptTotalForTheSameTargetIsNotAnotherActual() {
        assertThat(actuals("引进5000万元以上项目60个,新增家庭农场100家。", "累计引进5000万元以上项目52个,其中亿元以上项目20个;新增家庭农场86家,其中省级示范性家庭农场12家。"))
                .containsExactly("52个", "86家");
        // A part that is a target of its own stays.
        assertThat(actuals("实现社会消费品零售总额1200亿元、网络零售额300亿元。", "1-9月,全市社会消费品零售总额达到905.6亿元,其中网络零售额238.4亿元。"))
                .containsExactly("905.6亿元", "238.4亿元");
    }

    @Test
    void whereTheWorkIsDoesNotSayWhatItIs() {
        // 区块, 区域, 片区 name a place; sharing only that word is no common subject.
        assertThat(actuals("加快推进老城区块有机更新。", "完成城西区块12家单位和86户居民房屋征收。")).isEmpty();
        assertThat(actuals("加快推进老城区块有机更新。", "完成老城区块38户居民房屋征收。")).containsExactly("38户");
        assertThat(actuals("加强长三角区域合作。", "对接长三角区域高校院所6家。")).containsExactly("6家");
        assertThat(actuals("深化浙闽赣皖区域合作。", "对接长三角区域高校院所6家。")).isEmpty();
    }

    @Test
    void moneyPaidOutOnTheTasksOwnInstrumentCountsWhereNoTargetCountsMoney() {
        String content = "支持发放文旅消费券,打造夜间经济示范街区3个。";
        assertThat(actuals(content, "累计发放文旅消费券1200万元,带动消费1.5亿元;已建成夜间经济示范街区2个。")).containsExactly("1200万元", "2个");
        assertThat(actuals("落实创业担保贷款政策,新增城镇就业2.5万人。", "发放创业担保贷款3.2亿元,新增城镇就业2.1万人。"))
                .containsExactly("3.2亿元", "2.1万人");
        // Money merely mentioned (带动, 拉动) is not paid out by the task.
        assertThat(actuals(content, "夜间经济拉动文旅消费8000万元。")).isEmpty();
    }
}
