package org.luoshi.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentMetaTest {

    private static DocumentMeta read(String... lines) {
        return DocumentMeta.read(List.of(lines), "", List.of(), true);
    }

    @Test
    void takesTheGovernmentFromTheBreadcrumbWhenTheTitleSaysOnlyCityGovernment() {
        DocumentMeta m = read("市政府工作部门> 舟山市人民政府办公室> 法定主动公开内容>", "2022年市政府工作报告重点工作前三季度完成情况");
        assertThat(m.government()).isEqualTo("舟山市");
        assertThat(m.title()).isEqualTo("2022年市政府工作报告重点工作前三季度完成情况");
    }

    @Test
    void takesTheGovernmentFromTheTitleBeforeAnythingElse() {
        assertThat(read("发布机构 某省人民政府", "关于温州市2023年政府工作报告重点工作一季度进展情况的通报").government())
                .isEqualTo("温州市");
        assertThat(read("浙江省舟山市人民政府").government()).isEqualTo("舟山市");
        assertThat(read("嵊泗县2022年重点工作任务清单").government()).isEqualTo("嵊泗县");
    }

    @Test
    void readsDisclosureLabelsSharingALine() {
        DocumentMeta m = read("组配分类 市政府工作报告 发布机构 市政府办公室", "生成日期 2022-10-10 公开方式 主动公开");
        assertThat(m.disclosure())
                .containsEntry("组配分类", "市政府工作报告")
                .containsEntry("发布机构", "市政府办公室")
                .containsEntry("生成日期", "2022-10-10")
                .containsEntry("公开方式", "主动公开");
    }

    @Test
    void takesTheYearFromTheDisclosureDateWhenTheTitleHasNone() {
        DocumentMeta m = read("成文日期:2021-07-15", "市政府工作报告重点工作上半年进展情况");
        assertThat(m.year()).isEqualTo(2021);
        assertThat(m.periodEnd()).hasToString("2021-06-30");
    }

    @Test
    void takesThePeriodMostProgressTextsOpenWithWhenTheTitleNamesNone() {
        List<String> progress = List.of("上半年已铺设管网12公里。", "上半年,新增床位300张。", "累计完成80%。");
        DocumentMeta m = DocumentMeta.read(List.of("2024年十件民生实事进展"), "", List.of(), progress);
        assertThat(m.periodLabel()).isEqualTo("上半年");
        assertThat(m.periodEnd()).hasToString("2024-06-30");
    }

    @Test
    void aPlanPeriodOrOneRowsPeriodDoesNotDateTheList() {
        List<String> plans = List.of("全年计划新建20所,已建成8所。", "全年目标300张,已新增120张。");
        assertThat(DocumentMeta.read(List.of("2024年民生实事"), "", List.of(), plans).periodLabel())
                .isEmpty();
        List<String> one = List.of("1-5月新增就业3000人。", "已开工。", "正在招标。");
        assertThat(DocumentMeta.read(List.of("2024年民生实事"), "", List.of(), one).periodLabel())
                .isEmpty();
    }

    @Test
    void leavesThePeriodOutOfATaskListWithoutProgress() {
        DocumentMeta m = DocumentMeta.read(List.of("2022年政府工作报告重点工作任务分解"), "", List.of(), false);
        assertThat(m.periodLabel()).isEmpty();
        assertThat(m.expectedShare()).isNull();
    }

    @Test
    void theGovernmentIsTheMostLocalLevelNamed() {
        assertThat(read("杭州市西湖区2024年政府工作报告重点工作1-11月推进情况").government()).isEqualTo("西湖区");
        assertThat(read("浙江省湖州市德清县人民政府").government()).isEqualTo("德清县");
        assertThat(read("金华市义乌市人民政府办公室").government()).isEqualTo("义乌市");
        assertThat(read("沙市区2022年重点工作").government()).isEqualTo("沙市区");
    }

    @Test
    void readsYearsWrittenInChineseNumeralsOrFullWidthFigures() {
        DocumentMeta m = read("鄞州区二〇二二年政府工作报告重点任务清单三季度进展情况");
        assertThat(m.year()).isEqualTo(2022);
        assertThat(m.government()).isEqualTo("鄞州区");
        assertThat(m.periodEnd()).hasToString("2022-09-30");
        DocumentMeta wide = read("２０２３年政府工作报告重点工作１－９月进展情况");
        assertThat(wide.year()).isEqualTo(2023);
        assertThat(wide.periodEnd()).hasToString("2023-09-30");
    }
}
