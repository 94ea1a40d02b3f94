package org.luoshi.publication;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.luoshi.Phrase;
import org.luoshi.job.Progress;
import org.luoshi.publication.CompiledReport.ReportRow;

/** The report as one worksheet: the title merged over the columns, a header row, one row per task. */
final class XlsxRenderer {

    private XlsxRenderer() {}

    static byte[] render(CompiledReport report) {
        return render(report, Progress.NONE);
    }

    /** The same, advancing {@code progress} by one per task row. */
    static byte[] render(CompiledReport report, Progress progress) {
        progress.step(new Phrase("job.step.lay-out"), report.rows().size());
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(sheetName(report.periodLabel()));
            List<String> headers = new ArrayList<>(List.of("序号", "工作内容", "牵头单位", report.progressHeading()));
            if (report.withStatus()) {
                headers.add("状态");
            }
            Font bold = book.createFont();
            bold.setBold(true);
            bold.setFontName("宋体");
            CellStyle head = book.createCellStyle();
            head.setFont(bold);
            CellStyle wrap = book.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            sheet.createRow(0)
                    .createCell(0)
                    .setCellValue(report.title() + (report.abridged() ? CompiledReport.ABRIDGED_MARK : ""));
            sheet.getRow(0).getCell(0).setCellStyle(head);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, headers.size() - 1));
            Row header = sheet.createRow(1);
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(headers.get(c));
                header.getCell(c).setCellStyle(head);
            }
            int r = 2;
            for (ReportRow row : report.rows()) {
                Row x = sheet.createRow(r++);
                List<String> cells =
                        new ArrayList<>(List.of(row.number(), row.content(), row.leadUnitsText(), row.progress()));
                if (report.withStatus()) {
                    cells.add(row.statusLabel());
                }
                for (int c = 0; c < cells.size(); c++) {
                    x.createCell(c).setCellValue(cells.get(c));
                    x.getCell(c).setCellStyle(wrap);
                }
                progress.advance();
            }
            int[] widths = {6, 40, 16, 60, 10};
            for (int c = 0; c < headers.size(); c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            sheet.createFreezePane(0, 2);
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.getPrintSetup().setLandscape(true);
            progress.step(new Phrase("job.step.write-file"), 1);
            book.write(out);
            progress.advance();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sheet names may not hold []:*?/\ and are at most 31 characters. */
    private static String sheetName(String label) {
        String name = label.replaceAll("[\\[\\]:*?/\\\\]", "");
        return name.isBlank() ? "重点工作" : name.substring(0, Math.min(31, name.length()));
    }
}
