package org.luoshi.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The sample written out as HTML, DOCX, XLSX and CSV reads back to the same tasks as the text. */
class SampleFormatsTest {

    private static final ReadDocument TXT = Samples.readSample();
    private static final List<String> HEADER = List.of("序号", "工作内容", "牵头单位", "三季度进展情况");

    @Test
    void htmlTableOfTheSampleReadsBackToTheSameTasks() {
        Document html = Document.createShell("");
        html.title(TXT.title() + "_舟山市人民政府");
        html.body().appendElement("h1").text(TXT.title());
        Element table = html.body().appendElement("table");
        Element head = table.appendElement("tr");
        HEADER.forEach(h -> head.appendElement("th").text(h));
        for (TaskRow t : TXT.tasks()) {
            Element tr = table.appendElement("tr");
            tr.appendElement("td").text(t.number());
            tr.appendElement("td").text(t.content());
            tr.appendElement("td").text(String.join("、", t.leadUnits()));
            Element progress = tr.appendElement("td");
            for (String p : t.progress().split("\n")) {
                progress.appendElement("p").text(p);
            }
        }
        ReadDocument read =
                new DocumentReaders().read("sample.html", html.outerHtml().getBytes(StandardCharsets.UTF_8));
        assertSameTasks(read);
        assertThat(read.title()).isEqualTo(TXT.title());
        assertThat(read.periodLabel()).isEqualTo("前三季度");
    }

    @Test
    void docxTableOfTheSampleReadsBackToTheSameTasks() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText(TXT.title());
            XWPFTable table = doc.createTable(TXT.tasks().size() + 1, 4);
            for (int c = 0; c < 4; c++) {
                table.getRow(0).getCell(c).setText(HEADER.get(c));
            }
            for (int i = 0; i < TXT.tasks().size(); i++) {
                TaskRow t = TXT.tasks().get(i);
                XWPFTableRow row = table.getRow(i + 1);
                row.getCell(0).setText(t.number());
                row.getCell(1).setText(t.content());
                row.getCell(2).setText(String.join("、", t.leadUnits()));
                XWPFTableCell progress = row.getCell(3);
                String[] lines = t.progress().split("\n");
                progress.setText(lines[0]);
                for (int k = 1; k < lines.length; k++) {
                    progress.addParagraph().createRun().setText(lines[k]);
                }
            }
            doc.write(bytes);
        }
        ReadDocument read = new DocumentReaders().read("sample.docx", bytes.toByteArray());
        assertSameTasks(read);
        assertThat(read.title()).isEqualTo(TXT.title());
        assertThat(read.year()).isEqualTo(2022);
    }

    @Test
    void xlsxSheetOfTheSampleReadsBackToTheSameTasks() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XSSFSheet sheet = book.createSheet("三季度");
            sheet.createRow(0).createCell(0).setCellValue(TXT.title());
            XSSFRow head = sheet.createRow(1);
            for (int c = 0; c < 4; c++) {
                head.createCell(c).setCellValue(HEADER.get(c));
            }
            for (int i = 0; i < TXT.tasks().size(); i++) {
                TaskRow t = TXT.tasks().get(i);
                XSSFRow row = sheet.createRow(i + 2);
                row.createCell(0).setCellValue(Integer.parseInt(t.number()));
                row.createCell(1).setCellValue(t.content());
                row.createCell(2).setCellValue(String.join("、", t.leadUnits()));
                row.createCell(3).setCellValue(t.progress());
            }
            book.write(bytes);
        }
        ReadDocument read = new DocumentReaders().read("sample.xlsx", bytes.toByteArray());
        assertSameTasks(read);
        assertThat(read.expectedShare()).isEqualByComparingTo("0.75");
    }

    @Test
    void csvOfTheSampleReadsBackToTheSameTasksEvenInGbk() {
        StringBuilder csv = new StringBuilder(TXT.title()).append("\r\n");
        csv.append(String.join(",", HEADER)).append("\r\n");
        for (TaskRow t : TXT.tasks()) {
            csv.append(t.number())
                    .append(',')
                    .append(quote(t.content()))
                    .append(',')
                    .append(quote(String.join("、", t.leadUnits())))
                    .append(',')
                    .append(quote(t.progress()))
                    .append("\r\n");
        }
        assertSameTasks(new DocumentReaders().read("sample.csv", csv.toString().getBytes(StandardCharsets.UTF_8)));
        assertSameTasks(new DocumentReaders()
                .read("sample.csv", csv.toString().getBytes(java.nio.charset.Charset.forName("GB18030"))));
    }

    /** HTML collapses runs of spaces; the expected text is compared the same way only when that is the difference. */
    private static String spaced(String actual, String expected) {
        String collapsed = expected.replaceAll("[ \\t]+", " ");
        return actual.equals(collapsed) ? collapsed : expected;
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    private static void assertSameTasks(ReadDocument read) {
        assertThat(read.tasks()).hasSize(TXT.tasks().size());
        for (int i = 0; i < TXT.tasks().size(); i++) {
            TaskRow a = read.tasks().get(i);
            TaskRow e = TXT.tasks().get(i);
            assertThat(List.of(a.number(), a.content(), a.leadUnits(), a.progress()))
                    .as("task %s", e.number())
                    .containsExactly(e.number(), e.content(), e.leadUnits(), spaced(a.progress(), e.progress()));
        }
        assertThat(read.findings())
                .extracting(Finding::kind)
                .contains("duplicate-number", "missing-number", "copied-progress");
    }
}
