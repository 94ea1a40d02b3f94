package org.luoshi.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.luoshi.text.Quantity;
import org.luoshi.text.QuantityExtractor;
import org.luoshi.text.ReportPeriod;

/**
 * Every reader and the quantity extractor on arbitrary input: nothing escapes but
 * {@link UnreadableDocumentException}, and no input takes more than a bounded time. Jazzer fuzzes one test
 * per run, so one test picks the target from the input's first byte.
 */
class DocumentFuzzTest {

    private static final long MAX_MILLIS = 3_000;
    private static final String[] NAMES = {"a.txt", "a.html", "a.csv", "a.json", "a.docx", "a.xlsx", "a.md"};
    private static final QuantityExtractor QUANTITIES = new QuantityExtractor();

    @FuzzTest(maxDuration = "75s")
    void nothingEscapesButAnUnreadableDocument(FuzzedDataProvider data) throws IOException {
        int target = data.consumeInt(0, NAMES.length);
        byte[] payload = data.consumeRemainingAsBytes();
        long millis = timed(target, payload);
        if (millis >= MAX_MILLIS) {
            // The first input to reach a class pays for loading and instrumenting it (seconds on a loaded
            // machine): the same input again shows whether the reader itself is slow.
            millis = timed(target, payload);
        }
        assertThat(millis).as("time for one input").isLessThan(MAX_MILLIS);
    }

    private static long timed(int target, byte[] payload) throws IOException {
        long start = System.nanoTime();
        if (target == NAMES.length) {
            String text = new String(payload, StandardCharsets.UTF_8);
            List<Quantity> targets = QUANTITIES.targets(text);
            QUANTITIES.actuals(text, targets);
            ReportPeriod.find(text, 2022);
        } else {
            String name = NAMES[target];
            byte[] input = switch (name) {
                case "a.docx" -> zip("word/document.xml", wordXml(payload));
                case "a.xlsx" -> zip("xl/workbook.xml", payload);
                default -> payload;
            };
            try {
                ReadDocument doc = new DocumentReaders().read(name, input);
                assertThat(doc.tasks()).isNotEmpty();
            } catch (UnreadableDocumentException expected) {
                assertThat(expected.getMessage()).doesNotContain("\n");
            }
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Fuzzed text inside a Word body, so that the XML and table code of POI is reached, not only the zip check. */
    private static byte[] wordXml(byte[] payload) {
        String text = new String(payload, StandardCharsets.UTF_8)
                .replace("&", "&amp;")
                .replace("<", "&lt;");
        String[] cells = text.split("\n", -1);
        StringBuilder b = new StringBuilder(
                "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:tbl>");
        for (int i = 0; i + 3 < cells.length || i == 0; i += 4) {
            b.append("<w:tr>");
            for (int c = i; c < Math.min(cells.length, i + 4); c++) {
                b.append("<w:tc><w:p><w:r><w:t>").append(cells[c]).append("</w:t></w:r></w:p></w:tc>");
            }
            b.append("</w:tr>");
        }
        b.append("</w:tbl></w:body></w:document>");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] zip(String entry, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(
                    ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>")
                            .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content);
        }
        return bytes.toByteArray();
    }
}
