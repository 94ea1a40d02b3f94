package org.luoshi.document;

/** Scores an extract against a gold annotation. */
public final class Evaluation {

    /** The first 12 characters of a text, punctuation folded to one width and whitespace removed. */
    /** True when the text opens with the gold start, both folded (punctuation width, whitespace). */
    static boolean sameStart(String goldStart, String text) {
        String g = Chinese.fold(goldStart == null ? "" : goldStart);
        String t = Chinese.fold(text == null ? "" : text);
        return g.isEmpty() ? t.isEmpty() : t.startsWith(g);
    }

    static String start(String text) {
        String f = Chinese.fold(text == null ? "" : text);
        return f.substring(0, Math.min(12, f.length()));
    }
}
