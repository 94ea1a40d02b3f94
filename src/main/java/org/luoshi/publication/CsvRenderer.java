package org.luoshi.publication;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.luoshi.Phrase;
import org.luoshi.job.Progress;
import org.luoshi.publication.CompiledReport.ReportRow;

/**
 * The report as CSV (RFC 4180): UTF-8 with a byte-order mark so that Excel opens Chinese correctly, every
 * field quoted, and a field starting with = + - @ prefixed with an apostrophe so that a spreadsheet never
 * runs it as a formula.
 */
final class CsvRenderer {

    private CsvRenderer() {}

    static byte[] render(CompiledReport report) {
        return render(report, Progress.NONE);
    }

    /** The same, advancing {@code progress} by one per task row. */
    static byte[] render(CompiledReport report, Progress progress) {
        progress.step(new Phrase("job.step.lay-out"), report.rows().size());
        StringBuilder b = new StringBuilder("\uFEFF");
        List<String> headers = new ArrayList<>(List.of("序号", "工作内容", "牵头单位", report.progressHeading()));
        if (report.withStatus()) {
            headers.add("状态");
        }
        line(b, headers);
        for (ReportRow row : report.rows()) {
            List<String> cells =
                    new ArrayList<>(List.of(row.number(), row.content(), row.leadUnitsText(), row.progress()));
            if (report.withStatus()) {
                cells.add(row.statusLabel());
            }
            line(b, cells);
            progress.advance();
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder b, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(field(cells.get(i)));
        }
        b.append("\r\n");
    }

    static String field(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }
}
