package org.luoshi.publication;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.luoshi.Phrase;
import org.luoshi.job.Progress;
import org.luoshi.publication.CompiledReport.ReportRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The report as a Word document: A4, the title in 方正小标宋简体, a real table with a repeated header row,
 * headers in 黑体 and cells in 仿宋_GB2312 (the east-Asian font of each run, with 宋体 named as the fallback in
 * the document defaults), so that Word and WPS use the official fonts where they are installed.
 */
final class DocxRenderer {

    private static final String TITLE_FONT = "方正小标宋简体";
    private static final String BODY_FONT = "仿宋_GB2312";
    private static final String HEADER_FONT = "黑体";
    private static final String LATIN_FONT = "Times New Roman";
    /** Column widths in twentieths of a point; the page is 11906 wide with 1400 margins. */
    private static final int[] WIDTHS = {700, 3300, 1400, 3700};

    private static final int STATUS_WIDTH = 1000;

    private DocxRenderer() {}

    static byte[] render(CompiledReport report) {
        return render(report, Progress.NONE);
    }

    /** The same, advancing {@code progress} by one per task row. */
    static byte[] render(CompiledReport report, Progress progress) {
        progress.step(new Phrase("job.step.lay-out"), report.rows().size());
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            a4(doc);
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            run(title, report.title(), TITLE_FONT, 22, false);
            if (report.abridged()) {
                XWPFParagraph mark = doc.createParagraph();
                mark.setAlignment(ParagraphAlignment.CENTER);
                run(mark, CompiledReport.ABRIDGED_MARK, BODY_FONT, 14, false);
            }
            List<String> headers = new ArrayList<>(List.of("序号", "工作内容", "牵头单位", report.progressHeading()));
            if (report.withStatus()) {
                headers.add("状态");
            }
            XWPFTable table = doc.createTable(report.rows().size() + 1, headers.size());
            table.setTableAlignment(TableRowAlign.CENTER);
            XWPFTableRow header = table.getRow(0);
            header.setRepeatHeader(true);
            for (int c = 0; c < headers.size(); c++) {
                cell(header.getCell(c), headers.get(c), HEADER_FONT, c, true);
            }
            int r = 1;
            for (ReportRow row : report.rows()) {
                XWPFTableRow tr = table.getRow(r++);
                tr.setCantSplitRow(false);
                cell(tr.getCell(0), row.number(), BODY_FONT, 0, true);
                cell(tr.getCell(1), row.content(), BODY_FONT, 1, false);
                cell(tr.getCell(2), row.leadUnitsText(), BODY_FONT, 2, true);
                cell(tr.getCell(3), row.progress(), BODY_FONT, 3, false);
                if (report.withStatus()) {
                    cell(tr.getCell(4), row.statusLabel(), BODY_FONT, 4, true);
                }
                progress.advance();
            }
            progress.step(new Phrase("job.step.write-file"), 1);
            doc.write(out);
            progress.advance();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void a4(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margin = section.addNewPgMar();
        margin.setTop(BigInteger.valueOf(2098));
        margin.setBottom(BigInteger.valueOf(1984));
        margin.setLeft(BigInteger.valueOf(1588));
        margin.setRight(BigInteger.valueOf(1474));
    }

    private static void cell(XWPFTableCell cell, String text, String font, int column, boolean centred) {
        cell.setWidth(String.valueOf(column < WIDTHS.length ? WIDTHS[column] : STATUS_WIDTH));
        XWPFParagraph first = cell.getParagraphs().get(0);
        String[] lines = text.strip().split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFParagraph p = i == 0 ? first : cell.addParagraph();
            if (centred) {
                p.setAlignment(ParagraphAlignment.CENTER);
            }
            run(p, lines[i], font, 12, false);
        }
    }

    private static void run(XWPFParagraph p, String text, String eastAsia, int points, boolean bold) {
        XWPFRun run = p.createRun();
        run.setText(clean(text));
        run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.ascii);
        run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.hAnsi);
        run.setFontFamily(eastAsia, XWPFRun.FontCharRange.eastAsia);
        run.setFontSize(points);
        run.setBold(bold);
    }

    /** XML 1.0 forbids most control characters, which POI would write and Word would then refuse. */
    private static String clean(String text) {
        return text.codePoints()
                .filter(c -> c >= 0x20 || c == '\t')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }
}
