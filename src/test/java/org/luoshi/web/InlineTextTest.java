package org.luoshi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 item 5, the Java half of {@link TemplateTextTest}: the web layer writes no Chinese sentence of its own.
 * What a page or an API error says comes from the bundles by code (a failure's {@code problem.<code>}, a notice's
 * key); a Chinese string literal in a controller is a text that the English UI would show untranslated.
 */
class InlineTextTest {

    private static final Pattern LITERAL = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern EXAMPLE = Pattern.compile("example\\s*=\\s*$");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    /**
     * The API's own documentation is written in both languages at once ("中文 / English"), and the portal's catalogue
     * fields are the names 政府信息公开 prescribes, Chinese by law; figures are written with the magnitude words of
     * the document (1000亿元), which are data, not UI.
     */
    private static final List<String> ALLOWED =
            List.of("api/OpenApiDocument.java", "portal/PortalController.java", "Figures.java");

    @Test
    void noControllerWritesAChineseTextOfItsOwn() throws IOException {
        Path root = Path.of("src/main/java/org/luoshi/web");
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String name = root.relativize(file).toString().replace('\\', '/');
                if (ALLOWED.contains(name)) {
                    continue;
                }
                String code = COMMENT.matcher(unescaped(Files.readString(file))).replaceAll("");
                var literal = LITERAL.matcher(code);
                while (literal.find()) {
                    String text = literal.group();
                    // bilingual API documentation in annotations (@Operation(summary = "中文 / English"))
                    // and example values of the API's payloads (@Schema(example = "前三季度")): data, not UI text
                    boolean example = EXAMPLE.matcher(
                                    code.substring(Math.max(0, literal.start() - 40), literal.start()))
                            .find();
                    if (HAN.matcher(text).find() && !example && !text.contains(" / ") && !text.contains("/ ")) {
                        problems.add(name + ": " + text);
                    }
                }
            }
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    /** Java reads \\uXXXX escapes before anything else; so does this test. */
    private static String unescaped(String source) {
        var m = Pattern.compile("\\\\u+([0-9a-fA-F]{4})").matcher(source);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(String.valueOf((char)
                    Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
