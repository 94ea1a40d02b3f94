package org.luoshi.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Small hand-written documents, one per layout variation met in real reports. */
class LayoutVariationsTest {

    private static ReadDocument read(String name, String text) {
        return new DocumentReaders().read(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsColumnsInAnyOrderWithTheUnitAfterTheProgress() {
        ReadDocument d = read("a.csv", """
                序号,主要工作任务,完成情况,责任单位
                1,新建改建污水管网10公里。,已完成12公里。,市住建局
                2,新增城镇就业1.8万人以上。,1-9月新增1.5万人。,市人社局
                """);
        assertThat(d.tasks())
                .extracting(TaskRow::number, TaskRow::leadUnits, TaskRow::progress)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1", List.of("市住建局"), "已完成12公里。"),
                        org.assertj.core.groups.Tuple.tuple("2", List.of("市人社局"), "1-9月新增1.5万人。"));
    }

    @Test
    void keepsExtraColumnsAndDoesNotMistakeThemForProgress() {
        ReadDocument d = read("a.csv", """
                序号,目标任务,牵头单位,分管市长,进度安排,完成时限,前三季度完成情况,进展状态,是否达序,说明
                1,建成茶山大桥。,市交通局,张三,9月底主体完工,2022年12月,主体已完工。,正常推进,是,无
                """);
        TaskRow t = d.tasks().get(0);
        assertThat(t.progress()).isEqualTo("主体已完工。");
        assertThat(t.extra())
                .containsExactly(
                        Map.entry("分管市长", "张三"),
                        Map.entry("进度安排", "9月底主体完工"),
                        Map.entry("完成时限", "2022年12月"),
                        Map.entry("进展状态", "正常推进"),
                        Map.entry("是否达序", "是"),
                        Map.entry("说明", "无"));
        assertThat(d.periodLabel()).isEqualTo("前三季度");
    }

    @Test
    void turnsGroupHeadingsIntoTheGroupOfTheTasksBelow() {
        ReadDocument d = read("a.csv", """
                序号,工作内容,牵头单位,进展情况
                一、稳定经济增长,,,
                1,地区生产总值增长7%。,市发改委,增长4.1%。
                王市长牵头重点工作,,,
                2,新建5G基站1000个。,市经信局,已建成800个。
                """);
        assertThat(d.tasks()).extracting(TaskRow::group).containsExactly("一、稳定经济增长", "王市长牵头重点工作");
    }

    @Test
    void readsAnIndicatorSectionAndATaskSectionEachWithItsOwnHeader() {
        ReadDocument d = read("a.csv", """
                序号,指标名称,年度目标,完成情况,责任单位
                1,地区生产总值增长,7%,4.1%,市发改委
                2,一般公共预算收入增长,6%,5.2%,市财政局
                序号,工作任务,牵头单位,进展情况
                1,建成茶山大桥。,市交通局,主体已完工。
                """);
        assertThat(d.tasks()).extracting(TaskRow::content).containsExactly("地区生产总值增长7%", "一般公共预算收入增长6%", "建成茶山大桥。");
        assertThat(d.tasks().get(2).leadUnits()).containsExactly("市交通局");
        assertThat(d.findings()).extracting(Finding::kind).doesNotContain("duplicate-number");
    }

    @Test
    void readsPipeTables() {
        ReadDocument d = read("a.md", """
                # 2023年政府工作报告重点工作上半年进展情况
                | 序号 | 工作内容 | 牵头单位 | 上半年进展情况 |
                |---|---|---|---|
                | 1 | 新建改建污水管网10公里。 | 市住建局 | 已完成6公里。 |
                | 2 | 新增城镇就业1.8万人。 | 市人社局 | 新增1万人。 |
                """);
        assertThat(d.tasks()).hasSize(2);
        assertThat(d.tasks().get(1).progress()).isEqualTo("新增1万人。");
        assertThat(d.periodLabel()).isEqualTo("上半年");
        assertThat(d.expectedShare()).isEqualByComparingTo("0.5");
        assertThat(d.year()).isEqualTo(2023);
        assertThat(d.title()).isEqualTo("2023年政府工作报告重点工作上半年进展情况");
    }

    @Test
    void readsParagraphLayoutsWithLabels() {
        ReadDocument d = read("a.txt", """
                某某县2022年政府工作报告重点任务全年完成情况
                1.新建改建污水管网10公里。
                责任单位:县住建局
                完成情况:全年完成12公里,超额完成。
                2.新增城镇就业1.8万人。
                责任单位:县人社局、县财政局
                完成情况:新增2万人。
                """);
        assertThat(d.tasks())
                .extracting(TaskRow::number, TaskRow::content, TaskRow::leadUnits)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1", "新建改建污水管网10公里。", List.of("县住建局")),
                        org.assertj.core.groups.Tuple.tuple("2", "新增城镇就业1.8万人。", List.of("县人社局", "县财政局")));
        assertThat(d.tasks().get(0).progress()).isEqualTo("全年完成12公里,超额完成。");
        assertThat(d.government()).isEqualTo("某某县");
        assertThat(d.periodLabel()).isEqualTo("全年");
    }

    @Test
    void takesTheUnitWrittenInlineIntoTheTaskText() {
        ReadDocument d = read("a.csv", """
                序号,工作内容,进展情况
                1,新建改建污水管网10公里(牵头单位:市住建局)。,已完成。
                """);
        assertThat(d.tasks().get(0).leadUnits()).containsExactly("市住建局");
        assertThat(d.tasks().get(0).content()).isEqualTo("新建改建污水管网10公里。");
    }

    @Test
    void onlyTheMarkedUnitsLeadAndTheOthersCooperate() {
        ReadDocument d = read("a.csv", """
                序号,工作内容,责任单位,进展情况
                1,建成茶山大桥。,"市交通局★、市财政局、定海区",已完工。
                2,新增就业。,"市人社局(牵头),市财政局",已完成。
                """);
        assertThat(d.tasks().get(0).leadUnits()).containsExactly("市交通局");
        assertThat(d.tasks().get(0).coUnits()).containsExactly("市财政局", "定海区");
        assertThat(d.tasks().get(1).leadUnits()).containsExactly("市人社局");
        assertThat(d.tasks().get(1).coUnits()).containsExactly("市财政局");
    }

    @Test
    void joinsAUnitCellSpreadOverTwoLines() {
        ReadDocument d = read("a.txt", """
                序号
                工作内容
                牵头单位
                进展情况
                1
                推进国资国企改革。
                市财政局
                (市国资委)
                改革总体进度已完成78%。
                2
                深化金融改革。
                市金融办
                完成政策体系。
                """);
        assertThat(d.tasks().get(0).leadUnits()).containsExactly("市财政局(市国资委)");
        assertThat(d.tasks().get(0).progress()).isEqualTo("改革总体进度已完成78%。");
        assertThat(d.tasks().get(1).leadUnits()).containsExactly("市金融办");
    }

    @Test
    void keepsUnitsWithoutTheCityPrefixVerbatim() {
        ReadDocument d = read("a.csv", """
                序号,工作任务,牵头部门,推进情况
                1,完善社会救助体系。,民政局/财政局,已出台办法。
                """);
        assertThat(d.tasks().get(0).leadUnits()).containsExactly("民政局", "财政局");
    }

    @Test
    void readsATaskListWithoutAnyProgressColumn() {
        ReadDocument d = read("a.csv", """
                2024年政府工作报告重点工作任务分解
                序号,工作任务,牵头单位,完成时限
                1,新建改建污水管网10公里。,市住建局,2024年12月
                2,新增城镇就业1.8万人。,市人社局,2024年12月
                """);
        assertThat(d.tasks()).hasSize(2).allMatch(t -> t.progress().isEmpty());
        assertThat(d.periodLabel()).isEmpty();
        assertThat(d.expectedShare()).isNull();
        assertThat(d.year()).isEqualTo(2024);
        assertThat(d.tasks().get(0).extra()).containsEntry("完成时限", "2024年12月");
    }

    @Test
    void readsTraditionalHeadersAndKeepsTheTextsAsPrinted() {
        ReadDocument d = read("a.csv", """
                序號,工作內容,牽頭單位,進展情況
                1,新建改建污水管網10公里。,市住建局,已完成12公里。
                """);
        assertThat(d.tasks()).hasSize(1);
        assertThat(d.tasks().get(0).content()).isEqualTo("新建改建污水管網10公里。");
        assertThat(d.tasks().get(0).leadUnits()).containsExactly("市住建局");
    }

    @Test
    void readsCellsParagraphsOfAPortalPageWithoutBlankLines() {
        ReadDocument d = read("a.html", """
                <html><body><div class="crumb">当前位置:首页 > 政务公开 > 重点工作</div>
                <h1>2022年区政府工作报告重点工作一季度进展情况</h1>
                <div>发布时间:2022-04-20 浏览次数:12</div>
                <p>序号</p><p>工作内容</p><p>责任单位</p><p>一季度进展情况</p>
                <p>1</p><p>新建5G基站1000个。</p><p>区经信局</p><p>已建成300个。</p><p>正在推进。</p>
                <p>2</p><p>新增城镇就业1.8万人。</p><p>区人社局</p><p>新增0.5万人。</p>
                <p>打印</p><p>关闭</p><p>版权所有:某某区人民政府</p>
                </body></html>
                """);
        assertThat(d.tasks()).extracting(TaskRow::progress).containsExactly("已建成300个。\n正在推进。", "新增0.5万人。");
        assertThat(d.periodLabel()).isEqualTo("一季度");
        assertThat(d.expectedShare()).isEqualByComparingTo("0.25");
    }

    @Test
    void skipsSpamLinesSplicedInByMirrorSites() {
        ReadDocument d = read("a.txt", """
                序号

                工作内容

                牵头单位

                进展情况

                1

                新建5G基站1000个。

                市经信局

                已建成800个。

                本文来源:www.example-mirror.com 转载请注明出处

                进度达80%。
                """);
        assertThat(d.tasks().get(0).progress()).isEqualTo("已建成800个。\n进度达80%。");
    }

    @Test
    void readsRowsWhoseCellsRunTogetherOnOneLine() {
        ReadDocument d = read("a.txt", """
                序号 工作内容 牵头单位 进展情况
                1 新建5G基站1000个。 市经信局 已建成800个。
                2 新增城镇就业1.8万人。 市人社局 新增1.5万人。
                """);
        assertThat(d.tasks())
                .extracting(TaskRow::number, TaskRow::leadUnits)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1", List.of("市经信局")),
                        org.assertj.core.groups.Tuple.tuple("2", List.of("市人社局")));
        assertThat(d.tasks().get(1).progress()).isEqualTo("新增1.5万人。");
    }

    @Test
    void readsAHeadingWhoseOrdinalSitsInTheNumberColumn() {
        ReadDocument d = read("a.csv", """
                序号,工作内容,牵头单位,进展情况
                一,稳定经济增长,,
                1,地区生产总值增长7%。,市发改委,增长4.1%。
                """);
        assertThat(d.tasks())
                .extracting(TaskRow::number, TaskRow::group)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1", "一、稳定经济增长"));
    }
}
