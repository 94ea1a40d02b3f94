package org.luoshi.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The unknown-unit rule on real unit names and on what a unit cell catches when a layout is misread. */
class UnitNamesTest {

    @Test
    void realUnitNamesAreNotFlagged() {
        List<String> real = List.of(
                "市发改委",
                "市财政局(市国资委)",
                "市财政局(国资委)",
                "舟山海关",
                "国网舟山供电公司",
                "各县(区)政府",
                "市委宣传部",
                "团市委",
                "市妇联",
                "市委编办",
                "市委金融办",
                "嘉兴科技城管委会",
                "湖州市生态环境局德清分局",
                "中国铁路南昌局集团有限公司",
                "省人力资源社会保障厅",
                "发改局",
                "生态环境分局",
                "公安西湖分局",
                "城中村改造指挥部",
                "各镇街",
                "各乡镇",
                "街道",
                "市發改委",
                "市衛健委",
                "市重点工程建设推进中心",
                "市长热线办公室",
                "中国铁塔江西省分公司",
                "发改",
                "市“菜篮子”办",
                "《舟山日报》社");
        assertThat(real).allSatisfy(u -> assertThat(UnitNames.problem(u)).as(u).isNull());
    }

    @Test
    void sentencesNumbersPersonsAndFurnitureAreFlagged() {
        assertThat(UnitNames.problem("")).isEqualTo("空白");
        assertThat(UnitNames.problem("已完成年度任务的80%")).isNotNull();
        assertThat(UnitNames.problem("2022年12月")).isEqualTo("含数字或句读");
        assertThat(UnitNames.problem("12")).isEqualTo("含数字或句读");
        assertThat(UnitNames.problem("【打印本页】")).isEqualTo("含数字或句读");
        assertThat(UnitNames.problem("项目已开工建设")).isEqualTo("像进展文字");
        assertThat(UnitNames.problem("截至目前进展顺利")).isEqualTo("像进展文字");
        assertThat(UnitNames.problem("副市长")).isEqualTo("是职务而非单位");
        assertThat(UnitNames.problem("王市长")).isEqualTo("是职务而非单位");
        assertThat(UnitNames.problem("张伟副市长")).isEqualTo("是职务而非单位");
        assertThat(UnitNames.problem("市委书记")).isEqualTo("是职务而非单位");
        assertThat(UnitNames.problem("以市场化方式引导社会资本参与城市更新项目建设并建立长效运营机制")).isEqualTo("过长");
        assertThat(UnitNames.problem("n/a")).isEqualTo("无中文名称");
    }

    @Test
    void aDocumentWhoseUnitCellCaughtSomethingElseGetsOneFinding() {
        ReadDocument d = new DocumentReaders().read("a.csv", """
                序号,工作内容,牵头单位,进展情况
                1,新建改建污水管网10公里。,市住建局,已完成12公里。
                2,新增城镇就业1.8万人以上。,1-9月新增1.5万人,市人社局
                3,建成茶山大桥。,王市长,主体已完工。
                4,推进国企改革。,市财政局(市国资委),方案已印发。
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(d.findings())
                .filteredOn(f -> f.kind().equals("unknown-unit"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.tasks()).containsExactly("2", "3");
                    assertThat(f.message()).contains("序号2、3", "1-9月新增1.5万人", "王市长");
                });
    }

    @Test
    void theSampleHasNoUnknownUnit() {
        assertThat(Samples.readSample().findings()).extracting(Finding::kind).doesNotContain("unknown-unit");
    }
}
