package org.luoshi.publication;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.luoshi.Phrase;
import org.luoshi.job.Progress;

/**
 * The report as an A4 PDF drawn by openhtmltopdf from the XHTML, with a TrueType CJK font shipped in the jar
 * (Droid Sans Fallback, Apache-2.0) and embedded as a subset, so that every glyph prints and the text can be
 * extracted. CFF-outline fonts such as Noto CJK do not work in openhtmltopdf.
 */
final class PdfRenderer {

    static final String FONT = "/fonts/DroidSansFallbackFull.ttf";

    private PdfRenderer() {}

    static byte[] render(CompiledReport report) {
        return render(report, Progress.NONE);
    }

    /** The same, with the table's rows as one step and the drawing of the pages (not divisible) as the next. */
    static byte[] render(CompiledReport report, Progress progress) {
        String html = HtmlRenderer.render(report, true, progress);
        progress.step(new Phrase("job.step.draw-pdf"), 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(PdfRenderer::font, HtmlRenderer.PDF_FONT);
            builder.withHtmlContent(html, null);
            builder.withProducer("luoshi");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        progress.advance();
        return out.toByteArray();
    }

    private static InputStream font() {
        InputStream in = PdfRenderer.class.getResourceAsStream(FONT);
        if (in == null) {
            throw new IllegalStateException("font missing from the classpath: " + FONT);
        }
        return in;
    }
}
