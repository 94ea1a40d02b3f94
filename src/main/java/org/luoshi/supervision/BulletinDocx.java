package org.luoshi.supervision;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.luoshi.Texts;
import org.luoshi.supervision.BulletinDesk.Document;
import org.luoshi.supervision.BulletinFigures.Line;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * A bulletin as a Word document laid out to GB/T 9704-2012 (党政机关公文格式): A4 with the standard margins (top
 * 37 mm, bottom 35 mm, left 28 mm, right 26 mm); the 版头 with the 发文机关标志 in red 小标宋 and the 发文字号 above a red
 * rule; the 标题 in 2号 小标宋; 主送机关, 正文 (with the figures' tables) and 落款 in 3号 仿宋_GB2312; the 成文日期 in Arabic
 * numerals; the 版记 (抄送, 印发机关 and date) in 4号 between rules. The fonts are named, so that Word and WPS use the
 * official ones where they are installed.
 */
final class BulletinDocx {

    static final String TITLE_FONT = "方正小标宋简体";
    static final String BODY_FONT = "仿宋_GB2312";
    static final String HEADER_FONT = "黑体";
    static final String RED = "C00000";
    /** Millimetres in twentieths of a point. */
    private static final double MM = 1440 / 25.4;

    private BulletinDocx() {}

    static byte[] render(Document d) {
        Bulletin.Blocks t = d.bulletin().blocks();
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            XWPFParagraph mark = centered(doc);
            run(mark, t.issuer(), TITLE_FONT, 36, RED, false);
            XWPFParagraph number = centered(doc);
            run(number, t.docNumber(), BODY_FONT, 16, null, false);
            number.setBorderBottom(Borders.SINGLE);
            number.getCTP().getPPr().getPBdr().getBottom().setColor(RED);
            number.getCTP().getPPr().getPBdr().getBottom().setSz(BigInteger.valueOf(12));
            number.setSpacingAfter(480);
            run(centered(doc), t.title(), TITLE_FONT, 22, null, false);
            run(doc.createParagraph(), t.recipients(), BODY_FONT, 16, null, false);
            body(doc, t.opening());
            body(doc, t.summary());
            table(doc, Texts.zh("loop.bulletin.table.status"), headers("status"), d.rows("status"), "status");
            table(doc, Texts.zh("loop.bulletin.table.units"), headers("unit"), d.rows("unit"), "unit");
            table(doc, Texts.zh("loop.bulletin.table.lagging"), headers("lagging"), d.rows("lagging"), "lagging");
            table(doc, Texts.zh("loop.bulletin.table.silent"), headers("silent"), d.rows("silent"), "silent");
            table(doc, Texts.zh("loop.bulletin.table.items"), headers("item"), d.rows("item"), "item");
            if (!t.demands().isEmpty()) {
                body(doc, t.demands());
            }
            XWPFParagraph signer = doc.createParagraph();
            signer.setAlignment(ParagraphAlignment.RIGHT);
            signer.setSpacingBefore(640);
            signer.setIndentationRight(640);
            run(signer, t.signer(), BODY_FONT, 16, null, false);
            XWPFParagraph dated = doc.createParagraph();
            dated.setAlignment(ParagraphAlignment.RIGHT);
            dated.setIndentationRight(640);
            run(dated, BulletinText.dated(t.dated()), BODY_FONT, 16, null, false);
            colophon(doc, t, d);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> headers(String kind) {
        return switch (kind) {
            case "status" -> cols("status", "count", "share");
            case "unit" -> cols("unit", "tasks", "onTime", "onSchedule");
            case "silent" -> cols("unit", "tasks", "onTime");
            case "lagging" -> cols("number", "content", "unit", "statusLabel", "reason");
            default -> cols("docNumber", "content", "unit", "deadline", "state");
        };
    }

    private static List<String> cols(String... keys) {
        return java.util.Arrays.stream(keys)
                .map(k -> Texts.zh("loop.bulletin.col." + k))
                .toList();
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar mar = sect.addNewPgMar();
        mar.setTop(twips(37));
        mar.setBottom(twips(35));
        mar.setLeft(twips(28));
        mar.setRight(twips(26));
    }

    static BigInteger twips(double mm) {
        return BigInteger.valueOf(Math.round(mm * MM));
    }

    private static XWPFParagraph centered(XWPFDocument doc) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        return p;
    }

    private static void body(XWPFDocument doc, String text) {
        for (String para : text.split("\\R+")) {
            XWPFParagraph p = doc.createParagraph();
            p.setIndentationFirstLine(640); // two characters of 3号 (16 pt)
            p.setAlignment(ParagraphAlignment.BOTH);
            run(p, para.strip(), BODY_FONT, 16, null, false);
        }
    }

    private static void table(
            XWPFDocument doc, String caption, List<String> headers, List<List<String>> rows, String kind) {
        if (rows.isEmpty()) {
            return;
        }
        XWPFParagraph c = doc.createParagraph();
        c.setSpacingBefore(200);
        run(c, caption, HEADER_FONT, 16, null, false);
        XWPFTable table = doc.createTable(rows.size() + 1, headers.size());
        table.setWidth("100%");
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        for (int i = 0; i < headers.size(); i++) {
            cell(head, i, headers.get(i), HEADER_FONT);
        }
        for (int r = 0; r < rows.size(); r++) {
            List<String> printed = BulletinText.printed(new Line(kind, rows.get(r)));
            for (int i = 0; i < headers.size(); i++) {
                cell(table.getRow(r + 1), i, i < printed.size() ? printed.get(i) : "", BODY_FONT);
            }
        }
    }

    private static void cell(XWPFTableRow row, int i, String text, String font) {
        var cell = row.getCell(i);
        XWPFParagraph p = cell.getParagraphs().get(0);
        run(p, text, font, 12, null, false);
    }

    private static void colophon(XWPFDocument doc, Bulletin.Blocks t, Document d) {
        XWPFParagraph gap = doc.createParagraph();
        gap.setSpacingBefore(480);
        if (!t.copyTo().isEmpty()) {
            XWPFParagraph copy = doc.createParagraph();
            copy.setBorderTop(Borders.SINGLE);
            copy.setBorderBottom(Borders.SINGLE);
            copy.setIndentationLeft(280);
            run(copy, Texts.zh("loop.bulletin.copyTo") + t.copyTo(), BODY_FONT, 14, null, false);
        }
        XWPFParagraph printed = doc.createParagraph();
        printed.setBorderBottom(Borders.SINGLE);
        printed.setIndentationLeft(280);
        printed.setIndentationRight(280);
        String date = d.bulletin().issuedAt() == null
                ? BulletinText.dated(t.dated())
                : BulletinText.dated(d.bulletin().issuedAt().toLocalDate());
        run(
                printed,
                t.printedBy() + "\u3000\u3000" + date + Texts.zh("loop.bulletin.printed"),
                BODY_FONT,
                14,
                null,
                false);
    }

    private static void run(XWPFParagraph p, String text, String font, int size, String color, boolean bold) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontFamily("Times New Roman");
        r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        r.setFontSize(size);
        r.setBold(bold);
        if (color != null) {
            r.setColor(color);
        }
    }
}
