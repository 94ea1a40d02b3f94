package org.luoshi.supervision;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.luoshi.Texts;
import org.luoshi.supervision.BulletinDesk.Document;
import org.luoshi.supervision.BulletinFigures.Line;

/**
 * A bulletin as an A4 PDF with the GB/T 9704 margins and layout of {@link BulletinDocx}, drawn by openhtmltopdf
 * with the TrueType CJK font shipped in the jar (embedded as a subset; the official fonts are not redistributable).
 */
final class BulletinPdf {

    private static final String FONT = "/fonts/DroidSansFallbackFull.ttf";
    private static final String FAMILY = "luoshi-cjk";

    private BulletinPdf() {}

    static byte[] render(Document d) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(BulletinPdf::font, FAMILY);
            builder.withHtmlContent(html(d), null);
            builder.withProducer("luoshi");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String html(Document d) {
        Bulletin.Blocks t = d.bulletin().blocks();
        StringBuilder h = new StringBuilder(16_000);
        h.append("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"/><style>")
                .append("@page { size: A4; margin: 37mm 26mm 35mm 28mm; }")
                .append("body { font-family: '" + FAMILY + "'; font-size: 16pt; line-height: 1.6; }")
                .append(
                        ".mark { color: #c00000; text-align: center; font-size: 34pt; letter-spacing: 2pt; margin: 0; }")
                .append(
                        ".number { text-align: center; margin: 8mm 0 0 0; padding-bottom: 3mm; border-bottom: 2px solid #c00000; }")
                .append("h1 { font-size: 22pt; text-align: center; font-weight: normal; margin: 10mm 0 6mm 0; }")
                .append("p { margin: 0; } p.body { text-indent: 2em; text-align: justify; }")
                .append("h2 { font-size: 16pt; margin: 4mm 0 2mm 0; }")
                .append("table { width: 100%; border-collapse: collapse; font-size: 11pt; line-height: 1.3; }")
                .append("th, td { border: 1px solid #000; padding: 1mm 1.5mm; vertical-align: top; }")
                .append(".sign { text-align: right; margin-right: 2em; } .sign.first { margin-top: 10mm; }")
                .append(
                        ".colophon { margin-top: 12mm; font-size: 14pt; border-top: 1px solid #000; border-bottom: 1px solid #000; }")
                .append(".colophon p { padding: 1mm 1em; } .colophon p + p { border-top: 1px solid #000; }")
                .append("</style></head><body>");
        h.append("<p class=\"mark\">").append(esc(t.issuer())).append("</p>");
        h.append("<p class=\"number\">").append(esc(t.docNumber())).append("</p>");
        h.append("<h1>").append(esc(t.title())).append("</h1>");
        h.append("<p>").append(esc(t.recipients())).append("</p>");
        paragraphs(h, t.opening());
        paragraphs(h, t.summary());
        table(h, "loop.bulletin.table.status", "status", d);
        table(h, "loop.bulletin.table.units", "unit", d);
        table(h, "loop.bulletin.table.lagging", "lagging", d);
        table(h, "loop.bulletin.table.silent", "silent", d);
        table(h, "loop.bulletin.table.items", "item", d);
        paragraphs(h, t.demands());
        h.append("<p class=\"sign first\">").append(esc(t.signer())).append("</p>");
        h.append("<p class=\"sign\">")
                .append(esc(BulletinText.dated(t.dated())))
                .append("</p>");
        h.append("<div class=\"colophon\">");
        if (!t.copyTo().isEmpty()) {
            h.append("<p>")
                    .append(esc(Texts.zh("loop.bulletin.copyTo") + t.copyTo()))
                    .append("</p>");
        }
        h.append("<p>")
                .append(esc(t.printedBy() + "\u3000\u3000" + BulletinText.dated(t.dated())
                        + Texts.zh("loop.bulletin.printed")))
                .append("</p></div></body></html>");
        return h.toString();
    }

    private static void paragraphs(StringBuilder h, String text) {
        for (String p : text.split("\\R+")) {
            if (!p.isBlank()) {
                h.append("<p class=\"body\">").append(esc(p.strip())).append("</p>");
            }
        }
    }

    private static void table(StringBuilder h, String caption, String kind, Document d) {
        List<List<String>> rows = d.rows(kind);
        if (rows.isEmpty()) {
            return;
        }
        h.append("<h2>").append(esc(Texts.zh(caption))).append("</h2><table><thead><tr>");
        for (String head : BulletinDocx.headers(kind)) {
            h.append("<th>").append(esc(head)).append("</th>");
        }
        h.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            h.append("<tr>");
            for (String cell : BulletinText.printed(new Line(kind, row))) {
                h.append("<td>").append(esc(cell)).append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</tbody></table>");
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    private static InputStream font() {
        InputStream in = BulletinPdf.class.getResourceAsStream(FONT);
        if (in == null) {
            throw new IllegalStateException("font missing from the classpath: " + FONT);
        }
        return in;
    }
}
