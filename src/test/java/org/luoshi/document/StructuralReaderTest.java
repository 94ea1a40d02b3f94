package org.luoshi.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One invented example per phenomenon the structural reader handles; none is copied from a real document. */
class StructuralReaderTest {

    private static ReadDocument read(String text) {
        return new DocumentReaders().read("doc.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> contents(ReadDocument d) {
        return d.tasks().stream().map(TaskRow::content).toList();
    }

    @Test
    void pipeRowsWithoutALeadingPipeAndUnknownHeaderNames() {
        ReadDocument d = read("""
                分块 | 事项内容 | 截至目前进展 | 责任 单位 | 联系领导 |
                城市建设 | (1)新建口袋公园6个,提升城市绿化。 | 已建成口袋公园4个,其余2个完成主体。 | 县住建局 | 李明 |
                城市建设 | (2)改造老旧小区8个。 | 已完工5个,3个进场施工。 | 县房管中心 | 王芳 |
                """);
        assertThat(d.tasks()).hasSize(2);
        TaskRow first = d.tasks().get(0);
        assertThat(first.number()).isEqualTo("1");
        assertThat(first.content()).startsWith("新建口袋公园6个");
        assertThat(first.leadUnits()).containsExactly("县住建局");
        assertThat(first.progress()).startsWith("已建成口袋公园4个");
        assertThat(first.extra()).containsValue("李明");
        assertThat(d.reading().layout()).isEqualTo("table");
    }

    @Test
    void aRowOneCellShortKeepsItsOtherCellsInTheirColumns() {
        ReadDocument d = read("""
                序号 | 项目内容 | 推进情况 | 牵头单位 | 分管领导 |
                1 | 建设乡村学校少年宫3所。 | 已完成选址和设计,进入施工招标。 | 区教育局 | 赵强 |
                2 | 新增普惠托位200个。 | 已新增托位150个,正在验收。 | 周红 |
                3 | 改造农村公厕40座。 | 已改造32座,其余正在施工。 | 区农业农村局 | 钱伟 |
                """);
        assertThat(d.tasks()).hasSize(3);
        TaskRow second = d.tasks().get(1);
        assertThat(second.leadUnits()).isEmpty();
        assertThat(second.progress()).startsWith("已新增托位150个");
        assertThat(second.extra()).containsValue("周红");
    }

    @Test
    void oneCellPerLineUnderAHeaderOfUnknownNames() {
        ReadDocument d = read("""
                序号

                实事名称

                当前进度

                牵头单位

                备注

                1

                新建城市书房5家。

                60%(选址滞后)

                区文旅局

                区民生实事

                2

                完成背街小巷改造20条。

                90%

                区城管局

                区民生实事
                """);
        assertThat(contents(d)).containsExactly("新建城市书房5家。", "完成背街小巷改造20条。");
        assertThat(d.tasks().get(0).progress()).isEqualTo("60%(选址滞后)");
        assertThat(d.tasks().get(1).leadUnits()).containsExactly("区城管局");
        assertThat(d.tasks().get(1).group()).isEmpty();
    }

    @Test
    void numberedParagraphsWithUnitLinesUnderHeadingsAndANoticeAbove() {
        ReadDocument d = read("""
                关于印发2024年县政府重点工作责任分解的通知
                一、各单位要高度重视,明确责任单位和责任人,抓好落实。
                二、各责任单位于每季度末报送进展情况。
                2024年县政府重点工作责任分解
                一、主要预期目标
                (一)地区生产总值增长6%左右
                责任单位:县发展改革局
                (二)城镇新增就业2500人
                责任单位:县人社局
                二、重点任务
                (一)新建5G基站120个
                责任单位:县经信局、县数据局
                """);
        assertThat(contents(d)).containsExactly("地区生产总值增长6%左右", "城镇新增就业2500人", "新建5G基站120个");
        assertThat(d.tasks().get(2).number()).isEqualTo("(一)");
        assertThat(d.tasks().get(2).group()).isEqualTo("二、重点任务");
        assertThat(d.tasks().get(2).leadUnits()).contains("县经信局");
        assertThat(d.reading().layout()).isEqualTo("numbered-paragraphs");
    }

    @Test
    void aHeadingThatNamesTheLeadUnitGivesItToItsTasks() {
        ReadDocument d = read("""
                附件
                2025年县政府工作报告任务清单
                一、县交通运输局牵头工作(2项)
                1.改造提升农村公路30公里。
                2.新开通城乡公交线路3条。
                二、县卫生健康局牵头工作(1项)
                1.建成县急救分中心1个。
                """);
        assertThat(d.tasks()).hasSize(3);
        assertThat(d.tasks().get(1).leadUnits()).containsExactly("县交通运输局");
        assertThat(d.tasks().get(2).number()).isEqualTo("1");
        assertThat(d.tasks().get(2).leadUnits()).containsExactly("县卫生健康局");
    }

    @Test
    void responsibilityInBracketsAtTheEndOfAnItem() {
        ReadDocument d = read("""
                关于落实政府工作报告重点工作部门分工的意见
                一、稳定经济增长
                (一)全年固定资产投资增长8%。(分管副市长负责,市发展改革委牵头,市统计局、市财政局配合)
                (二)社会消费品零售总额增长6%。(分管副市长负责,市商务局牵头,市市场监管局配合)
                """);
        assertThat(d.tasks()).hasSize(2);
        assertThat(d.tasks().get(0).leadUnits()).containsExactly("市发展改革委");
        assertThat(d.tasks().get(0).coUnits()).containsExactly("市统计局", "市财政局");
        assertThat(d.tasks().get(0).content()).doesNotContain("分管副市长");
    }

    @Test
    void theFirstListedUnitLeadsWhenTheDocumentSaysSo() {
        ReadDocument d = read("""
                一、王副县长主抓重点工作
                1.推进县城污水管网改造。
                责任单位:县住建局、县水利局、县财政局(列第一位者为牵头单位,下同)
                2.完成河道清淤10公里。
                责任单位:县水利局、县农业农村局
                """);
        assertThat(d.tasks().get(1).leadUnits()).containsExactly("县水利局");
        assertThat(d.tasks().get(1).coUnits()).containsExactly("县农业农村局");
    }

    @Test
    void theFirstListedUnitLeadsAlsoWhenTheNoteNamesWhatItLeads() {
        ReadDocument d = read("""
                一、李市长主抓重点工作
                1.推进老旧厂房改造。
                责任单位:市住建局、市资规局、市财政局(列第一位者为工作牵头单位或汇总单位,下同)
                2.新建公共停车位500个。
                责任单位:市交通局、市公安局
                """);
        assertThat(d.tasks().get(0).leadUnits()).containsExactly("市住建局");
        assertThat(d.tasks().get(1).leadUnits()).containsExactly("市交通局");
        assertThat(d.tasks().get(1).coUnits()).containsExactly("市公安局");
    }

    @Test
    void aUnitLabelEndsWithItsSentenceAndARankingListIsNoTask() {
        ReadDocument d = read("""
                全市1至6月民生工程实施进度通报
                一、各县区实施进度排名
                1、东城区;2、西城区;3、南湖县。
                二、部分项目进展情况
                1、城乡居民养老保险,牵头单位:市人社局。其中,参保扩面进度较慢的为南湖县。
                2、农村危房改造,牵头单位:市住建局。其中,开工进度较慢的为西城区。
                """);
        assertThat(d.tasks()).hasSize(2);
        assertThat(d.tasks().get(0).content()).startsWith("城乡居民养老保险");
        assertThat(d.tasks().get(0).leadUnits()).containsExactly("市人社局");
        assertThat(d.tasks().get(0).progress()).contains("进度较慢的为南湖县");
    }

    @Test
    void itemsNamedWithTheirPlanNumberInProse() {
        ReadDocument d = read("""
                一、省级实事
                其中2项已完成,分别是:新建社区食堂(第四项)、改造农贸市场(第九项)。
                滞后项目:一是建设智慧停车场(第二项)正在开展招标;二是实施河道整治(第七项)尚未开工。
                """);
        assertThat(d.tasks()).extracting(TaskRow::number).containsExactly("第四项", "第九项", "第二项", "第七项");
        assertThat(d.tasks().get(0).content()).isEqualTo("新建社区食堂");
        assertThat(d.tasks().get(0).progress()).contains("已完成");
        assertThat(d.tasks().get(2).progress()).contains("正在开展招标");
    }

    @Test
    void oneParagraphPerProject() {
        ReadDocument d = read("""
                本报讯 昨日,市政府通报了年度民生实事完成情况,各项目均已完成。
                城市书房建设工程。全年建成城市书房12家,超额完成10家的年度目标。
                农村饮水提升工程。全年新建改造供水站8座,惠及群众3.2万人。
                老旧电梯更新工程。截至12月底,已更新老旧电梯150台。
                """);
        assertThat(contents(d)).containsExactly("城市书房建设工程", "农村饮水提升工程", "老旧电梯更新工程");
        assertThat(d.tasks().get(2).progress()).startsWith("截至12月底");
        assertThat(d.reading().layout()).isEqualTo("project-paragraphs");
    }

    @Test
    void fullWidthLabelsAndBracketsReadLikeAscii() {
        ReadDocument d = read(
                "1\uFF0E\u65B0\u5EFA\u6C61\u6C34\u7BA1\u7F5110\u516C\u91CC\u3002\uFF08\u7275\u5934\u5355\u4F4D\uFF1A"
                        + "\u5E02\u5EFA\u8BBE\u5C40\uFF09\n2\uFF0E\u65B0\u589E\u505C\u8F66\u4F4D500\u4E2A\u3002\uFF08\u7275\u5934\u5355\u4F4D\uFF1A"
                        + "\u5E02\u4EA4\u901A\u5C40\uFF09\n");
        assertThat(d.tasks()).hasSize(2);
        assertThat(d.tasks().get(0).leadUnits()).containsExactly("\u5E02\u5EFA\u8BBE\u5C40");
    }

    @Test
    void insertedPinyinDoesNotHideAHeaderName() {
        assertThat(Chinese.fold("\u9805(xi\u00E0ng)\u76EE\u5167\u5BB9")).isEqualTo("\u9879\u76EE\u5185\u5BB9");
    }

    @Test
    void aNoticeWithoutItsTaskListSaysWhatItIs() {
        assertThatThrownBy(() -> read("""
                市人民政府关于印发2024年重点工作任务分解的通知
                各县区人民政府,市政府各部门:
                现将《2024年重点工作任务分解》印发给你们,请认真贯彻落实。
                一、提高站位,压实责任。各牵头单位要细化措施。
                二、加强督查,确保实效。
                """))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("\u901A\u77E5")
                .hasMessageContaining("notice")
                .hasMessageNotContaining("expected a header");
    }

    @Test
    void aBulletinWithCountsOnlySaysSo() {
        assertThatThrownBy(() -> read("""
                关于全县民生实事三季度推进情况的通报
                截至9月底,全县20件民生实事中,已完成8件,按序时推进10件,滞后2件。
                下一步,各单位要加快推进。
                """))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("\u901A\u62A5")
                .hasMessageContaining("bulletin");
    }

    @Test
    void statusAndPersonColumnsAreNeverProgressOrUnits() {
        ReadDocument d = read("""
                序号 | 任务 | 完成情况 | 是否完成 | 责任单位 | 责任人 |
                1 | 新建停车场2个。 | 已建成1个,另1个完成主体。 | 否 | 市城管局 | 孙立 |
                2 | 新增公交线路5条。 | 已开通5条。 | 是 | 市交通局 | 吴涛 |
                """);
        TaskRow first = d.tasks().get(0);
        assertThat(first.progress()).startsWith("已建成1个");
        assertThat(first.leadUnits()).containsExactly("市城管局");
        assertThat(first.extra()).containsEntry("是否完成", "否").containsEntry("责任人", "孙立");
    }

    @Test
    void everyRowAndColumnCarriesAConfidenceAndItsEvidence() {
        ReadDocument d = read("""
                序号 | 工作内容 | 牵头单位 | 进展情况 |
                1 | 新建城市绿道20公里。 | 市园林局 | 已建成15公里。 |
                2 | 改造燃气管网30公里。 |  | 已改造10公里。 |
                """);
        Reading r = d.reading();
        assertThat(r.layout()).isEqualTo("table");
        assertThat(r.confidence()).isBetween(0.5, 1.0);
        assertThat(r.columns())
                .extracting(Reading.ColumnReading::role)
                .containsExactly("number", "content", "lead", "progress");
        assertThat(r.rows()).hasSize(2);
        assertThat(r.row(0).confidence()).isGreaterThan(r.row(1).confidence());
        assertThat(r.row(1).evidence()).contains("no lead unit");
        String json = CanonicalJson.write(new DocumentAnalyzer().analyze(d));
        assertThat(json)
                .contains("\"reading\"")
                .contains("\"evidence\"")
                .containsPattern("\"layout\"\\s*:\\s*\"table\"");
        assertThat(CanonicalJson.write(CanonicalJson.read(json))).isEqualTo(json);
    }

    @Test
    void aHeaderAndRowsRunTogetherAreSplitByContent() {
        ReadDocument d = read("""
                2024年民生实事进展情况

                序号内容与要求完成情况责任单位
                1新建城市书房15个。已建成11个,其余4个完成装修。市文广旅体局
                2改造农贸市场6家,提升购物环境。目前已完工5家。市商务局、市市场监管局
                """);
        assertThat(d.tasks()).hasSize(2);
        TaskRow first = d.tasks().get(0);
        assertThat(first.number()).isEqualTo("1");
        assertThat(first.content()).isEqualTo("新建城市书房15个。");
        assertThat(first.progress()).startsWith("已建成11个");
        assertThat(first.leadUnits()).containsExactly("市文广旅体局");
        TaskRow second = d.tasks().get(1);
        assertThat(second.content()).isEqualTo("改造农贸市场6家,提升购物环境。");
        assertThat(second.progress()).isEqualTo("目前已完工5家。");
        assertThat(second.leadUnits()).contains("市商务局");
    }

    @Test
    void aWholeTableFlattenedOntoOneLine() {
        ReadDocument d = read(
                "序号工作任务推进情况牵头单位1建设污水管网12公里。已建成9公里。县住建局" + "2新增公共停车位300个。已新增210个,剩余正在施工。县交通局3完成河道整治2条。已完成1条。县水利局\n");
        assertThat(d.tasks()).extracting(TaskRow::number).containsExactly("1", "2", "3");
        assertThat(d.tasks()).extracting(t -> t.leadUnits().get(0)).containsExactly("县住建局", "县交通局", "县水利局");
        assertThat(d.tasks().get(1).content()).isEqualTo("新增公共停车位300个。");
        assertThat(d.tasks().get(1).progress()).startsWith("已新增210个");
    }

    @Test
    void aRunTogetherLineWithoutAHeaderNameIsNoHeader() {
        assertThat(RunTogether.names("序号内容与要求完成情况责任单位")).containsExactly("序号", "内容与要求", "完成情况", "责任单位");
        assertThat(RunTogether.names("序言部分主要讲述工作背景")).isNull();
    }

    @Test
    void rowsRunTogetherUnderAHeaderPrintedWithItsCells() {
        ReadDocument d = read("""
                序号\t重点任务\t工作进展\t牵头单位
                1修缮历史建筑8处。已完成修缮6处。区文化和旅游局
                2建成社区食堂10个。正在装修3个,已运营7个。区民政局
                """);
        assertThat(d.tasks()).hasSize(2);
        assertThat(d.tasks().get(0).content()).isEqualTo("修缮历史建筑8处。");
        assertThat(d.tasks().get(0).progress()).isEqualTo("已完成修缮6处。");
        assertThat(d.tasks().get(1).progress()).startsWith("正在装修3个");
        assertThat(d.tasks().get(1).leadUnits()).containsExactly("区民政局");
    }

    @Test
    void aCountRightBeforeAUnitIsNoCellBoundary() {
        List<String> cells = RunTogether.cells(
                "1", "建设充电桩500个。已建成320个市发改委", List.of(Column.NUMBER, Column.CONTENT, Column.PROGRESS, Column.LEAD));
        assertThat(cells.get(3)).isEmpty();
        assertThat(RunTogether.cells(
                                "2",
                                "完成造林3000亩。已完成85%县林业局",
                                List.of(Column.NUMBER, Column.CONTENT, Column.PROGRESS, Column.LEAD))
                        .get(3))
                .isEqualTo("县林业局");
    }
}
