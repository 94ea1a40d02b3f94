package org.luoshi.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.assessment.Rules;
import org.luoshi.document.CanonicalJson;
import org.luoshi.plan.Scope;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;

/** The sample's period compiled and rendered, then read back with POI and PDFBox. */
@IntegrationTest
class CompiledReportIT {

    @Autowired
    TestData data;

    @Autowired
    ReportCompiler compiler;

    @Autowired
    Rules rules;

    CompiledReport report;

    @BeforeEach
    void compile() {
        long plan = data.zhoushanPlan();
        report = compiler.compile(plan, "前三季度", true, Scope.everything());
    }

    @Test
    void compilesEveryTaskOfThePeriodWithItsProgressInPlanOrder() {
        assertThat(report.title()).isEqualTo("2022年市政府工作报告重点工作前三季度完成情况");
        assertThat(report.rows()).hasSize(119);
        assertThat(report.rows().get(0).number()).isEqualTo("1");
        assertThat(report.rows().get(0).progress()).startsWith("前三季度,全市实现一般公共预算收入158.86亿元");
        assertThat(report.rows()).allSatisfy(r -> assertThat(r.leadUnits()).isNotEmpty());
    }

    @Test
    void theWordDocumentHoldsARealTableWithEveryTasksContentAndProgress() throws Exception {
        try (XWPFDocument doc =
                new XWPFDocument(new ByteArrayInputStream(ReportFormat.DOCX.render(report, Map.of(), rules)))) {
            XWPFTable table = doc.getTables().get(0);
            assertThat(table.getNumberOfRows()).isEqualTo(120);
            assertThat(table.getRow(0).getCell(1).getText()).isEqualTo("工作内容");
            for (int i = 0; i < report.rows().size(); i++) {
                var row = report.rows().get(i);
                var cells = table.getRow(i + 1);
                assertThat(squeeze(cells.getCell(1).getText())).isEqualTo(squeeze(row.content()));
                assertThat(squeeze(cells.getCell(3).getText())).isEqualTo(squeeze(row.progress()));
            }
            assertThat(doc.getParagraphs()
                            .get(0)
                            .getRuns()
                            .get(0)
                            .getFontFamily(org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange.eastAsia))
                    .isEqualTo("方正小标宋简体");
            assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getW().toString())
                    .isEqualTo("11906");
        }
    }

    @Test
    void thePdfEmbedsItsFontAndEveryTasksContentAndProgressCanBeExtracted() throws Exception {
        // Without the status column, a task that runs onto the next page reads on under the repeated header only.
        report = compiler.compile(data.zhoushanPlan(), "前三季度", false, Scope.everything());
        byte[] pdf = ReportFormat.PDF.render(report, Map.of(), rules);
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "reports"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "reports", "zhoushan-2022-q3.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // A task longer than a page continues under the repeated table header.
            String text = squeeze(new PDFTextStripper().getText(doc)).replace("序号工作内容牵头单位前三季度进展情况", "");
            assertThat(text).contains(squeeze(report.title()));
            List<String> missing = report.rows().stream()
                    .flatMap(r -> List.of(r.content(), r.progress()).stream())
                    .filter(s -> !text.contains(squeeze(s)))
                    .toList();
            assertThat(missing).isEmpty();
            var resources = doc.getPage(0).getResources();
            List<PDFont> fonts = new java.util.ArrayList<>();
            for (var name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
            assertThat(fonts).anySatisfy(f -> {
                assertThat(f.isEmbedded()).isTrue();
                assertThat(f.getName()).contains("DroidSansFallback");
            });
        }
    }

    @Test
    void theSpreadsheetHasAHeaderAndOneRowPerTask() throws Exception {
        try (XSSFWorkbook book =
                new XSSFWorkbook(new ByteArrayInputStream(ReportFormat.XLSX.render(report, Map.of(), rules)))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("牵头单位");
            assertThat(sheet.getLastRowNum()).isEqualTo(120);
            assertThat(sheet.getRow(120).getCell(0).getStringCellValue())
                    .isEqualTo(report.rows().get(118).number());
        }
    }

    @Test
    void theCsvStartsWithAByteOrderMarkAndQuotesEveryField() {
        String csv = new String(ReportFormat.CSV.render(report, Map.of(), rules), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFF\"序号\",\"工作内容\",\"牵头单位\",\"前三季度进展情况\",\"状态\"\r\n");
        assertThat(csv.lines().filter(l -> l.startsWith("\"1\",")).findFirst())
                .hasValueSatisfying(l -> assertThat(l).contains("\"市财政局\""));
    }

    @Test
    void theJsonIsCanonicalAndReadsBackToTheSameTasks() {
        String json =
                new String(ReportFormat.JSON.render(report, Map.of("索引号", "x/2022-1"), rules), StandardCharsets.UTF_8);

        var back = CanonicalJson.read(json);
        assertThat(back.document().periodLabel()).isEqualTo("前三季度");
        assertThat(back.document().disclosure()).containsEntry("索引号", "x/2022-1");
        assertThat(back.tasks()).hasSize(119);
        assertThat(back.tasks().stream().map(t -> t.row().progress()).collect(Collectors.toList()))
                .isEqualTo(report.rows().stream()
                        .map(CompiledReport.ReportRow::progress)
                        .toList());
    }

    static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }
}
