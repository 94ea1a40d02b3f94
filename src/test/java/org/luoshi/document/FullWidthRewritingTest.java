package org.luoshi.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every real document and the sample, rewritten with full-width punctuation as DOCX and HTML pages print it,
 * read exactly as the original does: the text is folded once before reading.
 */
class FullWidthRewritingTest {

    static String fullWidth(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean listPoint = c == '.'
                    && i > 0
                    && Character.isDigit(text.charAt(i - 1))
                    && (i + 1 >= text.length() || !Character.isDigit(text.charAt(i + 1)));
            if ("(),:;%".indexOf(c) >= 0 || listPoint) {
                b.append((char) (c + 0xFEE0));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    static List<Path> documents() throws IOException {
        List<Path> docs = new ArrayList<>();
        Path real = Samples.shared("real");
        if (Files.isDirectory(real)) {
            try (Stream<Path> s = Files.list(real)) {
                s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(docs::add);
            }
        }
        return docs;
    }

    @Test
    void theSampleReadsAlikeWithFullWidthPunctuation() {
        String text = new String(Samples.sampleText(), StandardCharsets.UTF_8);
        String rewritten = fullWidth(text);
        assertThat(rewritten).isNotEqualTo(text).contains("\uFF08");
        assertThat(outcome(rewritten)).isEqualTo(outcome(text)).contains("\"number\"");
    }

    @Test
    void everyRealDocumentReadsAlikeWithFullWidthPunctuation() throws IOException {
        List<Path> docs = documents();
        for (Path p : docs) {
            String text = Files.readString(p);
            assertThat(outcome(fullWidth(text))).as(p.toString()).isEqualTo(outcome(text));
        }
        if (Files.isDirectory(Samples.shared("real"))) {
            assertThat(docs).hasSizeGreaterThanOrEqualTo(30);
        }
    }

    /** The canonical JSON of the document, or the message it is refused with. */
    static String outcome(String text) {
        try {
            ReadDocument doc = new DocumentReaders().read("doc.txt", text.getBytes(StandardCharsets.UTF_8));
            return CanonicalJson.write(new DocumentAnalyzer().analyze(doc));
        } catch (UnreadableDocumentException e) {
            return "refused: " + e.getMessage();
        }
    }
}
