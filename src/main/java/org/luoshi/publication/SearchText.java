package org.luoshi.publication;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.luoshi.text.Simplified;

/**
 * Text as the portal's search matches it: NFKC (full-width letters and digits become half-width), Traditional
 * characters folded to Simplified, lower case, without whitespace. Chinese needs no segmentation for a substring match, so the same LIKE works on H2 and
 * PostgreSQL; a query's words (split on spaces) must all occur.
 */
final class SearchText {

    private SearchText() {}

    static String normalise(String text) {
        return Simplified.of(Normalizer.normalize(text, Normalizer.Form.NFKC))
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", "");
    }

    static String of(CompiledReport report) {
        StringBuilder b = new StringBuilder(report.title()).append('\n');
        report.rows()
                .forEach(r -> b.append(r.number())
                        .append(' ')
                        .append(r.content())
                        .append(' ')
                        .append(r.leadUnitsText())
                        .append(' ')
                        .append(r.progress())
                        .append('\n'));
        return normalise(b.toString());
    }

    /** The words of a query, normalised, at most five. */
    static List<String> words(String query) {
        return Arrays.stream(Normalizer.normalize(query == null ? "" : query, Normalizer.Form.NFKC)
                        .strip()
                        .split("\\s+"))
                .map(SearchText::normalise)
                .filter(w -> !w.isEmpty())
                .limit(5)
                .toList();
    }

    /** The words of a query, normalised, at most five, each as a LIKE pattern with % and _ escaped. */
    static List<String> patterns(String query) {
        return Arrays.stream(Normalizer.normalize(query == null ? "" : query, Normalizer.Form.NFKC)
                        .strip()
                        .split("\\s+"))
                .map(SearchText::normalise)
                .filter(w -> !w.isEmpty())
                .limit(5)
                .map(w -> "%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .toList();
    }
}
