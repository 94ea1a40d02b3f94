package org.luoshi.supervision;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.luoshi.Texts;
import org.luoshi.supervision.Appraisals.Ranking;
import org.luoshi.supervision.Scoring.SheetLine;

/** The ranking and every unit's sheet, line by line, as an XLSX workbook (a sheet per unit) and as a PDF. */
final class ScoreExport {

    private ScoreExport() {}

    static byte[] xlsx(Ranking r) {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet ranking = wb.createSheet(Texts.zh("loop.score.ranking"));
            row(ranking, 0, Texts.zh("loop.score.rank"), Texts.zh("loop.score.unit"), Texts.zh("loop.score.total"));
            int i = 1;
            for (Scoring.Sheet s : r.sheets()) {
                Row row = ranking.createRow(i++);
                row.createCell(0).setCellValue(s.rank());
                row.createCell(1).setCellValue(s.unitName());
                row.createCell(2).setCellValue(s.total().doubleValue());
            }
            Set<String> names = new HashSet<>();
            names.add(ranking.getSheetName());
            for (Scoring.Sheet s : r.sheets()) {
                Sheet sheet = wb.createSheet(unique(names, s.rank() + " " + s.unitName()));
                row(sheet, 0, Texts.zh("loop.score.rule"), Texts.zh("loop.score.fact"), Texts.zh("loop.score.points"));
                int n = 1;
                for (SheetLine l : s.lines()) {
                    Row row = sheet.createRow(n++);
                    row.createCell(0).setCellValue(Texts.zh("loop.score.rule." + l.rule()));
                    row.createCell(1).setCellValue(l.fact());
                    row.createCell(2).setCellValue(l.points().doubleValue());
                }
                Row total = sheet.createRow(n);
                total.createCell(0).setCellValue(Texts.zh("loop.score.total"));
                total.createCell(2).setCellValue(s.total().doubleValue());
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unique(Set<String> used, String wanted) {
        String base = WorkbookUtil.createSafeSheetName(wanted.length() > 28 ? wanted.substring(0, 28) : wanted);
        String name = base;
        for (int k = 2; !used.add(name); k++) {
            name = base + "~" + k;
        }
        return name;
    }

    private static void row(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(cells[i]);
        }
    }

    static byte[] pdf(Ranking r) {
        StringBuilder h = new StringBuilder(32_000);
        h.append("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"/><style>")
                .append("@page { size: A4; margin: 25mm 20mm; } body { font-family: 'luoshi-cjk'; font-size: 11pt; }")
                .append("table { width: 100%; border-collapse: collapse; margin-bottom: 6mm; }")
                .append("th, td { border: 1px solid #000; padding: 1mm 2mm; } h2 { font-size: 13pt; }")
                .append("</style></head><body><h1>")
                .append(BulletinPdf.esc(r.name() + " \u00B7 " + r.periodLabel()))
                .append("</h1><table><thead><tr><th>")
                .append(Texts.zh("loop.score.rank"))
                .append("</th><th>")
                .append(Texts.zh("loop.score.unit"))
                .append("</th><th>")
                .append(Texts.zh("loop.score.total"))
                .append("</th></tr></thead><tbody>");
        for (Scoring.Sheet s : r.sheets()) {
            h.append("<tr><td>").append(s.rank()).append("</td><td>").append(BulletinPdf.esc(s.unitName()));
            h.append("</td><td>").append(s.total().toPlainString()).append("</td></tr>");
        }
        h.append("</tbody></table>");
        for (Scoring.Sheet s : r.sheets()) {
            h.append("<h2>")
                    .append(s.rank())
                    .append(". ")
                    .append(BulletinPdf.esc(s.unitName()))
                    .append("</h2><table>");
            for (SheetLine l : s.lines()) {
                h.append("<tr><td>").append(BulletinPdf.esc(Texts.zh("loop.score.rule." + l.rule())));
                h.append("</td><td>").append(BulletinPdf.esc(l.fact())).append("</td><td>");
                h.append(l.points().toPlainString()).append("</td></tr>");
            }
            h.append("<tr><th>").append(Texts.zh("loop.score.total")).append("</th><td></td><th>");
            h.append(s.total().toPlainString()).append("</th></tr></table>");
        }
        h.append("</body></html>");
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(
                    () -> ScoreExport.class.getResourceAsStream("/fonts/DroidSansFallbackFull.ttf"), "luoshi-cjk");
            builder.withHtmlContent(h.toString(), null);
            builder.withProducer("luoshi");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
