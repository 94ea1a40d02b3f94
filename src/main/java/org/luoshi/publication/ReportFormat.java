package org.luoshi.publication;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.luoshi.DomainException;
import org.luoshi.assessment.Rules;
import org.luoshi.job.Progress;

/** The formats a compiled report is rendered in, with the file extension and media type of each. */
public enum ReportFormat {
    HTML("html", "text/html;charset=UTF-8"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    PDF("pdf", "application/pdf"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    CSV("csv", "text/csv;charset=UTF-8"),
    JSON("json", "application/json;charset=UTF-8");

    private final String extension;
    private final String mediaType;

    ReportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public static ReportFormat of(String extension) {
        for (ReportFormat f : values()) {
            if (f.extension.equals(extension.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw DomainException.of(DomainException.Kind.NOT_FOUND, "publication.unsupported-format", extension);
    }

    /**
     * @param disclosure catalogue metadata by its printed label, written into the JSON only
     * @param rules      the application's rules (the bean), which propose the status of a task the JSON has none for
     */
    public byte[] render(CompiledReport report, Map<String, String> disclosure, Rules rules) {
        return render(report, disclosure, rules, Progress.NONE);
    }

    /** The same, reporting the rows rendered (and, for a PDF, the drawing of its pages) to {@code progress}. */
    public byte[] render(CompiledReport report, Map<String, String> disclosure, Rules rules, Progress progress) {
        return switch (this) {
            case HTML -> HtmlRenderer.render(report, false, progress).getBytes(StandardCharsets.UTF_8);
            case DOCX -> DocxRenderer.render(report, progress);
            case PDF -> PdfRenderer.render(report, progress);
            case XLSX -> XlsxRenderer.render(report, progress);
            case CSV -> CsvRenderer.render(report, progress);
            case JSON -> JsonRenderer.render(report, disclosure, rules, progress);
        };
    }
}
