package org.luoshi.publication;

import org.luoshi.Phrase;
import org.luoshi.job.Progress;
import org.luoshi.publication.CompiledReport.ReportRow;

/**
 * The report as a standalone XHTML page with a plain {@code <table>} (thead/th, one row per task), which is
 * also what the PDF is drawn from. The portal renders its own page with the same table semantics.
 */
final class HtmlRenderer {

    static final String PDF_FONT = "LuoshiCJK";

    private HtmlRenderer() {}

    static String render(CompiledReport report, boolean forPdf) {
        return render(report, forPdf, Progress.NONE);
    }

    /** The same, advancing {@code progress} by one per task row. */
    static String render(CompiledReport report, boolean forPdf, Progress progress) {
        StringBuilder b = new StringBuilder(64 * 1024);
        b.append(
                "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\"><head><meta charset=\"UTF-8\"/>");
        b.append("<title>").append(Xhtml.escape(report.title())).append("</title><style>");
        b.append(forPdf ? PDF_CSS : SCREEN_CSS);
        b.append("</style></head><body>\n<h1>")
                .append(Xhtml.escape(report.title()))
                .append("</h1>\n");
        if (report.abridged()) {
            b.append("<p class=\"abridged\">")
                    .append(CompiledReport.ABRIDGED_MARK)
                    .append("</p>\n");
        }
        b.append(table(report, progress));
        b.append("</body></html>\n");
        return b.toString();
    }

    static String table(CompiledReport report) {
        return table(report, Progress.NONE);
    }

    private static String table(CompiledReport report, Progress progress) {
        progress.step(new Phrase("job.step.lay-out"), report.rows().size());
        StringBuilder b = new StringBuilder(64 * 1024);
        b.append(
                        "<table class=\"report\"><thead><tr><th scope=\"col\" class=\"num\">序号</th><th scope=\"col\">工作内容</th>")
                .append("<th scope=\"col\" class=\"lead\">牵头单位</th><th scope=\"col\">")
                .append(Xhtml.escape(report.progressHeading()))
                .append("</th>");
        if (report.withStatus()) {
            b.append("<th scope=\"col\" class=\"status\">状态</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (ReportRow r : report.rows()) {
            b.append("<tr><td class=\"num\">")
                    .append(Xhtml.escape(r.number()))
                    .append("</td><td>")
                    .append(Xhtml.lines(r.content()))
                    .append("</td><td class=\"lead\">")
                    .append(Xhtml.escape(r.leadUnitsText()))
                    .append("</td><td>")
                    .append(Xhtml.lines(r.progress()))
                    .append("</td>");
            if (report.withStatus()) {
                b.append("<td class=\"status\">")
                        .append(Xhtml.escape(r.statusLabel()))
                        .append("</td>");
            }
            b.append("</tr>\n");
            progress.advance();
        }
        b.append("</tbody></table>\n");
        return b.toString();
    }

    private static final String SCREEN_CSS = """
            body{font-family:"仿宋_GB2312","FangSong",serif;max-width:60em;margin:2em auto;line-height:1.6}
            h1{font-family:"方正小标宋简体","SimSun",serif;text-align:center;font-weight:normal}
            table{border-collapse:collapse;width:100%}th,td{border:1px solid #333;padding:.3em .5em;vertical-align:top}
            th{font-family:"黑体","SimHei",sans-serif}.num,.lead,.status{white-space:nowrap;text-align:center}
            .abridged{text-align:center}""";

    private static final String PDF_CSS = """
            @page{size:A4;margin:20mm 15mm 22mm;@bottom-center{content:"\u7B2C " counter(page) " \u9875 / \u5171 " counter(pages) " \u9875";font-family:'%1$s';font-size:9pt}}
            body{font-family:'%1$s';font-size:10.5pt;line-height:1.5}
            thead{display:table-header-group}
            h1{font-size:16pt;text-align:center;font-weight:normal;margin:0 0 8mm}
            table{border-collapse:collapse;width:100%%;-fs-table-paginate:paginate}
            th,td{border:0.5pt solid #000;padding:1.5mm 2mm;vertical-align:top}
            th{font-weight:normal;background:#eee}.num{width:10mm;text-align:center}.lead{width:28mm;text-align:center}
            .status{width:18mm;text-align:center}tr{page-break-inside:avoid}
            .abridged{text-align:center}""".formatted(PDF_FONT);
}
