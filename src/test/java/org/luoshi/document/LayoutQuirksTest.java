package org.luoshi.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Layout quirks the unseen-document corpus showed, each in a small hand-written document. */
class LayoutQuirksTest {

    private static ReadDocument read(String name, String text) {
        return new DocumentReaders().read(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void skipsAnEmptyCoUnitCellThatAPortalCopyDropped() {
        ReadDocument d = read("a.txt", """
                序号

                工作内容

                牵头单位

                配合单位

                进展情况

                1

                新建5G基站1000个。

                市经信局

                已建成5G基站820个。

                2

                建成茶山大桥。

                市交通局

                市财政局、各相关企业

                主体已完工。
                """);
        assertThat(d.tasks())
                .extracting(TaskRow::coUnits, TaskRow::progress)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(List.of(), "已建成5G基站820个。"),
                        org.assertj.core.groups.Tuple.tuple(List.of("市财政局", "各相关企业"), "主体已完工。"));
    }

    @Test
    void readsMainTargetsAsTheTaskColumnAndAHeadingAboveTheHeaderAsItsGroup() {
        ReadDocument d = read("a.txt", """
                一、主要目标
                序号\t主要目标\t责任单位\t推进情况
                1\t新建5G基站1000个。\t市经信局\t已建成5G基站320个。
                2\t建成茶山大桥。\t市交通局\t主体已开工。
                """);
        assertThat(d.tasks())
                .extracting(TaskRow::content, TaskRow::group)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("新建5G基站1000个。", "一、主要目标"),
                        org.assertj.core.groups.Tuple.tuple("建成茶山大桥。", "一、主要目标"));
    }

    @Test
    void doesNotTakeARowOfPageButtonsForTheLastTasksUnit() {
        ReadDocument d = read("a.txt", """
                序号

                工作内容

                进展情况

                牵头单位

                1

                建成茶山大桥。

                主体已完工。

                市交通局

                【打印本页】 【关闭窗口】
                """);
        assertThat(d.tasks().get(0).leadUnits()).containsExactly("市交通局");
    }

    @Test
    void readsLabelsInSquareBrackets() {
        ReadDocument d = read("a.txt", """
                (1)新建5G基站1000个。
                【牵头单位】★市经信局、市通信发展办
                【进展情况】已建成5G基站820个。
                (2)建成茶山大桥。
                [责任单位]:市交通局
                [完成情况]:主体已完工。
                """);
        assertThat(d.tasks())
                .extracting(TaskRow::number, TaskRow::leadUnits, TaskRow::coUnits, TaskRow::progress)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1", List.of("市经信局"), List.of("市通信发展办"), "已建成5G基站820个。"),
                        org.assertj.core.groups.Tuple.tuple("2", List.of("市交通局"), List.of(), "主体已完工。"));
    }

    @Test
    void aHeadingRightAfterTheHeaderOfAnUnnumberedTableGroupsTheFirstRows() {
        ReadDocument d = read("a.txt", """
                工作任务
                责任单位
                进展情况
                一、做强实体经济
                新增“小升规”工业企业80家。
                市经信局
                上半年新增37家。
                二、增进民生福祉
                新增城镇就业1.5万人。
                市人力社保局
                上半年新增8012人。
                """);
        assertThat(d.tasks())
                .extracting(TaskRow::group, TaskRow::leadUnits)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("一、做强实体经济", List.of("市经信局")),
                        org.assertj.core.groups.Tuple.tuple("二、增进民生福祉", List.of("市人力社保局")));
    }

    @Test
    void keepsALeaderLabelOfAParagraphLayoutAsAnExtraColumnNotAUnit() {
        ReadDocument d = read("a.txt", """
                1.新建5G基站1000个。
                责任单位:县经信局
                责任领导:张三
                进展情况:已建成820个。
                """);
        TaskRow t = d.tasks().get(0);
        assertThat(t.leadUnits()).containsExactly("县经信局");
        assertThat(t.coUnits()).isEmpty();
        assertThat(t.extra()).containsEntry("责任领导", "张三");
        assertThat(t.progress()).isEqualTo("已建成820个。");
    }

    @Test
    void readsSubTasksNumberedUnderATask() {
        ReadDocument d = read("a.txt", """
                序号

                工作内容

                牵头单位

                进展情况

                1

                新建5G基站1000个。

                市经信局

                已建成520个。

                1.1

                新建农村5G基站300个。

                市经信局

                已建成180个。

                1-2

                新建城区5G基站700个。

                市经信局

                已建成340个。

                2

                建成茶山大桥。

                市交通局

                主体已完工。
                """);
        assertThat(d.tasks()).extracting(TaskRow::number).containsExactly("1", "1.1", "1-2", "2");
        assertThat(d.tasks().get(2).progress()).isEqualTo("已建成340个。");
        assertThat(d.findings()).isEmpty();
    }
}
