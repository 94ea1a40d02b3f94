package org.luoshi.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** Merged cells and nested tables as Word, Excel and portal pages write them. */
class OfficeLayoutsTest {

    @Test
    void repeatsAWordUnitCellMergedDownOverSeveralRowsAndReadsASpanningRowAsAGroup() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("2022年县政府工作报告重点工作全年完成情况");
            XWPFTable t = doc.createTable(4, 4);
            String[][] cells = {
                {"序号", "工作内容", "牵头单位", "全年完成情况"},
                {"一、经济发展", "", "", ""},
                {"1", "建成茶山大桥。", "县交通局", "已完工。"},
                {"2", "建成鲁家峙隧道。", "", "已通车。"},
            };
            for (int r = 0; r < 4; r++) {
                for (int c = 0; c < 4; c++) {
                    t.getRow(r).getCell(c).setText(cells[r][c]);
                }
            }
            XWPFTableCell first = t.getRow(1).getCell(0);
            first.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(4));
            for (int c = 3; c >= 1; c--) {
                t.getRow(1).removeCell(c);
            }
            t.getRow(2).getCell(2).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
            t.getRow(3).getCell(2).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.CONTINUE);
            doc.write(bytes);
        }
        ReadDocument d = new DocumentReaders().read("a.docx", bytes.toByteArray());
        assertThat(d.tasks())
                .extracting(TaskRow::number, TaskRow::leadUnits, TaskRow::group)
                .containsExactly(tuple("1", List.of("县交通局"), "一、经济发展"), tuple("2", List.of("县交通局"), "一、经济发展"));
        assertThat(d.periodLabel()).isEqualTo("全年");
        assertThat(d.expectedShare()).isEqualByComparingTo("1");
    }

    @Test
    void repeatsAnExcelUnitCellMergedDownAndKeepsAMergedHeadingAsAGroup() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XSSFSheet s = book.createSheet();
            String[][] rows = {
                {"序号", "任务内容", "责任单位", "1-9月完成情况", "是否达序"},
                {"张市长牵头重点工作", "", "", "", ""},
                {"1", "建成茶山大桥。", "市交通局", "已完工。", "是"},
                {"2", "建成鲁家峙隧道。", "", "已通车。", "是"},
            };
            for (int r = 0; r < rows.length; r++) {
                var row = s.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            s.addMergedRegion(new CellRangeAddress(1, 1, 0, 4));
            s.addMergedRegion(new CellRangeAddress(2, 3, 2, 2));
            book.write(bytes);
        }
        ReadDocument d = new DocumentReaders().read("a.xlsx", bytes.toByteArray());
        assertThat(d.tasks())
                .extracting(TaskRow::leadUnits, TaskRow::group)
                .containsExactly(tuple(List.of("市交通局"), "张市长牵头重点工作"), tuple(List.of("市交通局"), "张市长牵头重点工作"));
        assertThat(d.tasks().get(0).extra()).containsEntry("是否达序", "是");
        assertThat(d.periodLabel()).isEqualTo("1-9月");
    }

    @Test
    void readsTheInnerTableOfAPortalLayoutWithRowspanUnits() {
        String html = """
                <html><head><title>重点工作完成情况_某某区人民政府</title></head><body>
                <table><tr><td>
                  <div>索引号:0001/2022-01 发布机构:某某区人民政府办公室</div>
                  <table border="1">
                    <tr><td colspan="4">2022年区政府工作报告重点工作前三季度完成情况</td></tr>
                    <tr><th>序号</th><th>具体工作任务和要求</th><th>具体责任单位</th><th>前三季度完成情况</th></tr>
                    <tr><td>1</td><td>建成茶山大桥。</td><td rowspan="2">区交通局</td><td>已完工。</td></tr>
                    <tr><td>2</td><td>建成鲁家峙隧道。</td><td>已通车。<br>正在验收。</td></tr>
                  </table>
                </td></tr></table></body></html>
                """;
        ReadDocument d = new DocumentReaders().read("a.html", html.getBytes(StandardCharsets.UTF_8));
        assertThat(d.tasks())
                .extracting(TaskRow::leadUnits, TaskRow::progress)
                .containsExactly(tuple(List.of("区交通局"), "已完工。"), tuple(List.of("区交通局"), "已通车。\n正在验收。"));
        assertThat(d.government()).isEqualTo("某某区");
        assertThat(d.disclosure()).containsEntry("索引号", "0001/2022-01");
        assertThat(d.title()).isEqualTo("2022年区政府工作报告重点工作前三季度完成情况");
    }

    @Test
    void readsATwoLevelHeaderWhoseLowerRowSplitsTheProgressColumn() {
        String html = """
                <table>
                  <tr><th rowspan="2">序号</th><th rowspan="2">工作内容</th><th rowspan="2">牵头单位</th><th colspan="2">三季度完成情况</th></tr>
                  <tr><th>进展</th><th>状态</th></tr>
                  <tr><td>1</td><td>建成茶山大桥。</td><td>市交通局</td><td>已完工。</td><td>已完成</td></tr>
                </table>
                """;
        ReadDocument d = new DocumentReaders().read("a.html", html.getBytes(StandardCharsets.UTF_8));
        assertThat(d.tasks()).singleElement().satisfies(t -> {
            assertThat(t.progress()).isEqualTo("已完工。");
            assertThat(t.extra()).containsValue("已完成");
        });
    }

    @Test
    void readsATwoLevelHeaderFromASpreadsheetWhereTheUpperCellsAreNotRepeated() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XSSFSheet s = book.createSheet();
            String[][] rows = {
                {"序号", "工作内容", "牵头单位", "前三季度完成情况", ""},
                {"", "", "", "进展", "状态"},
                {"1", "建成茶山大桥。", "市交通局", "已完工。", "已完成"},
            };
            for (int r = 0; r < rows.length; r++) {
                var row = s.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            book.write(bytes);
        }
        ReadDocument d = new DocumentReaders().read("a.xlsx", bytes.toByteArray());
        assertThat(d.tasks()).singleElement().satisfies(t -> {
            assertThat(t.content()).isEqualTo("建成茶山大桥。");
            assertThat(t.progress()).isEqualTo("已完工。");
            assertThat(t.extra()).containsEntry("状态", "已完成");
        });
        assertThat(d.periodLabel()).isEqualTo("前三季度");
    }
}
