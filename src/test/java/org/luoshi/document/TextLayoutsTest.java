package org.luoshi.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Variations of the portal text layout (one cell per line) and of labelled paragraphs. */
class TextLayoutsTest {

    private static ReadDocument read(String text) {
        return new DocumentReaders().read("a.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsRowsWithoutNumbersAnchoredOnTheirUnits() {
        ReadDocument d = read("""
                工作内容

                牵头单位

                进展情况

                新建5G基站1000个。

                市经信局

                已建成800个。

                正在加快推进。

                新增城镇就业1.8万人。

                市人社局

                新增1.5万人。
                """);
        assertThat(d.tasks())
                .extracting(TaskRow::number, TaskRow::content, TaskRow::leadUnits, TaskRow::progress)
                .containsExactly(
                        tuple("", "新建5G基站1000个。", List.of("市经信局"), "已建成800个。\n正在加快推进。"),
                        tuple("", "新增城镇就业1.8万人。", List.of("市人社局"), "新增1.5万人。"));
    }

    @Test
    void readsTheUnitAfterTheProgressFromTheEndOfEachRow() {
        ReadDocument d = read("""
                序号
                工作内容
                进展情况
                责任单位
                1
                新建5G基站1000个。
                已建成800个。
                正在加快推进。
                市经信局
                2
                推进国资国企改革。
                改革总体进度已完成78%。
                市财政局
                (市国资委)
                """);
        assertThat(d.tasks())
                .extracting(TaskRow::leadUnits, TaskRow::progress)
                .containsExactly(
                        tuple(List.of("市经信局"), "已建成800个。\n正在加快推进。"), tuple(List.of("市财政局(市国资委)"), "改革总体进度已完成78%。"));
    }

    @Test
    void keepsExtraColumnsOfTheTextLayoutByTheirHeader() {
        ReadDocument d = read("""
                序号

                工作内容

                牵头单位

                分管市长

                完成时限

                前三季度完成情况

                1

                建成茶山大桥。

                市交通局

                张三

                2022年12月

                主体已完工。
                """);
        TaskRow t = d.tasks().get(0);
        assertThat(t.extra()).containsEntry("分管市长", "张三").containsEntry("完成时限", "2022年12月");
        assertThat(t.progress()).isEqualTo("主体已完工。");
    }

    @Test
    void takesAHeadingLineBeforeARowAsTheGroupNotAsProgress() {
        ReadDocument d = read("""
                序号

                工作内容

                牵头单位

                进展情况

                一、经济发展

                1

                地区生产总值增长7%。

                市发改委

                增长4.1%。

                二、民生实事

                2

                新增城镇就业1.8万人。

                市人社局

                新增1.5万人。
                """);
        assertThat(d.tasks())
                .extracting(TaskRow::group, TaskRow::progress)
                .containsExactly(tuple("一、经济发展", "增长4.1%。"), tuple("二、民生实事", "新增1.5万人。"));
    }

    @Test
    void skipsPageFurnitureAndReadsMetadataFromTheTopOfATraditionalPage() {
        ReadDocument d = read("""
                當前位置:首頁 > 政務公開 > 重點工作
                索引號 11330900/2023-00012
                發佈機構 某某市人民政府辦公室
                2023年市政府工作報告重點工作上半年進展情況
                發佈時間:2023-07-20 來源:市政府辦公室 瀏覽次數:35 字號:[大 中 小]
                序號
                工作內容
                牽頭單位
                進展情況
                1
                新建改建污水管網10公里。
                市住建局
                已完成6公里。
                打印
                關閉
                """);
        assertThat(d.title()).isEqualTo("2023年市政府工作報告重點工作上半年進展情況");
        assertThat(d.government()).isEqualTo("某某市");
        assertThat(d.year()).isEqualTo(2023);
        assertThat(d.periodLabel()).isEqualTo("上半年");
        assertThat(d.disclosure()).containsEntry("索引号", "11330900/2023-00012");
        assertThat(d.tasks()).singleElement().satisfies(t -> {
            assertThat(t.leadUnits()).containsExactly("市住建局");
            assertThat(t.progress()).isEqualTo("已完成6公里。");
        });
    }

    @Test
    void readsLabelsWrittenOnTheTaskLineItself() {
        ReadDocument d = read("""
                2022年重点工作1-11月推进情况
                1.新建改建污水管网10公里(责任单位:市住建局)。完成情况:已完成12公里。
                2.新增城镇就业1.8万人。牵头单位:市人社局;配合单位:市财政局 推进情况:新增2万人。
                """);
        assertThat(d.tasks())
                .extracting(TaskRow::content, TaskRow::leadUnits, TaskRow::coUnits, TaskRow::progress)
                .containsExactly(
                        tuple("新建改建污水管网10公里。", List.of("市住建局"), List.of(), "已完成12公里。"),
                        tuple("新增城镇就业1.8万人。", List.of("市人社局"), List.of("市财政局"), "新增2万人。"));
        assertThat(d.periodLabel()).isEqualTo("1-11月");
        assertThat(d.expectedShare()).isEqualByComparingTo("0.9167");
    }

    @Test
    void readsTabSeparatedRowsPastedFromASpreadsheet() {
        ReadDocument d = read("序号\t工作内容\t牵头单位\t进展情况\n1\t建成茶山大桥。\t市交通局\t已完工。\n");
        assertThat(d.tasks()).extracting(TaskRow::leadUnits).containsExactly(List.of("市交通局"));
    }

    @Test
    void readsAnIndicatorSectionAndATaskSectionEachUnderItsOwnHeaderLines() {
        ReadDocument d = read("""
                序号
                指标名称
                年度目标
                完成情况
                责任单位
                1
                地区生产总值增长
                7%
                增长4.1%。
                市发改委
                序号
                工作任务
                牵头单位
                进展情况
                1
                建成茶山大桥。
                市交通局
                主体已完工。
                """);
        assertThat(d.tasks())
                .extracting(TaskRow::number, TaskRow::content, TaskRow::leadUnits, TaskRow::progress)
                .containsExactly(
                        tuple("1", "地区生产总值增长7%", List.of("市发改委"), "增长4.1%。"),
                        tuple("1", "建成茶山大桥。", List.of("市交通局"), "主体已完工。"));
    }

    @Test
    void prefersTheLineNamingYearAndReportAsTitleOverNavigation() {
        ReadDocument d = read("""
                重点工作
                政务公开
                2022年市政府工作报告重点工作推进情况
                序号 工作内容 牵头单位 推进情况
                1 建成茶山大桥。 市交通局 主体已完工。
                """);
        assertThat(d.title()).isEqualTo("2022年市政府工作报告重点工作推进情况");
    }

    @Test
    void readsANumberRunIntoTheTaskTextWhenNoRowHasABareNumber() {
        ReadDocument d = read("""
                序号
                工作内容
                牵头单位
                进展情况
                1.新建5G基站1000个。
                市经信局
                1.已建成800个。
                2.正在推进。
                2.新增城镇就业1.8万人。
                市人社局
                新增1.5万人。
                """);
        assertThat(d.tasks())
                .extracting(TaskRow::number, TaskRow::content, TaskRow::progress)
                .containsExactly(
                        tuple("1", "新建5G基站1000个。", "1.已建成800个。\n2.正在推进。"), tuple("2", "新增城镇就业1.8万人。", "新增1.5万人。"));
    }

    @Test
    void takesAUnitInBracketsAtTheEndOfTheTaskTextWhenThereIsNoUnitColumn() {
        ReadDocument d = new DocumentReaders().read("a.csv", """
                序号,重点任务,进展情况
                1,建成茶山大桥(市交通局)。,已完工。
                2,推进沪舟合作(浙沪洋山区域)。,已签约。
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(d.tasks())
                .extracting(TaskRow::content, TaskRow::leadUnits)
                .containsExactly(tuple("建成茶山大桥。", List.of("市交通局")), tuple("推进沪舟合作(浙沪洋山区域)。", List.of()));
    }

    @Test
    void keepsNumberedProgressItemsInsideALabelledTaskAndReadsHeadingsAsGroups() {
        ReadDocument d = read("""
                一、经济发展
                1.地区生产总值增长7%左右。(牵头单位:市发改委)
                进展情况:
                1.1-9月增长4.1%。
                2.固定资产投资增长10%。
                2.新增城镇就业1.8万人。
                责任单位:市人社局
                进展情况:新增1.5万人。
                二、社会民生
                3.建成茶山大桥。
                责任单位:市交通局
                进展情况:已完工。
                """);
        assertThat(d.tasks())
                .extracting(TaskRow::number, TaskRow::leadUnits, TaskRow::progress, TaskRow::group)
                .containsExactly(
                        tuple("1", List.of("市发改委"), "1.1-9月增长4.1%。\n2.固定资产投资增长10%。", "一、经济发展"),
                        tuple("2", List.of("市人社局"), "新增1.5万人。", "一、经济发展"),
                        tuple("3", List.of("市交通局"), "已完工。", "二、社会民生"));
    }

    @Test
    void splitsAUnitRunTogetherWithTheTaskTextOrWithTheProgress() {
        ReadDocument d = read("""
                序号
                工作内容
                牵头单位
                进展情况
                1
                建成茶山大桥。 市交通局
                主体已完工。
                2
                新增城镇就业1.8万人。
                市人社局 新增1.5万人。
                """);
        assertThat(d.tasks())
                .extracting(TaskRow::content, TaskRow::leadUnits, TaskRow::progress)
                .containsExactly(
                        tuple("建成茶山大桥。", List.of("市交通局"), "主体已完工。"),
                        tuple("新增城镇就业1.8万人。", List.of("市人社局"), "新增1.5万人。"));
    }
}
