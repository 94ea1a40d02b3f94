package org.luoshi.document;

import org.luoshi.text.Fold;

/**
 * Folding of Chinese text for detection only: headers, labels, furniture and unit names are recognised in
 * Simplified characters with ASCII punctuation, while the texts themselves are kept as printed. The
 * Traditional→Simplified table ({@link Fold}, the only one) maps one char to one char, so offsets in a folded text are offsets in the
 * original, which lets the analyzer read numbers from the folded text and cut them from the original.
 */
final class Chinese {

    private static final char[] MAP = new char[0x10000];

    static {
        for (int c = 0; c < MAP.length; c++) {
            MAP[c] = Fold.ascii(Fold.simplified((char) c));
        }
    }

    private Chinese() {}

    /** Traditional characters to Simplified, one char for one char; nothing else changes. */
    static String simplified(String s) {
        return Fold.simplified(s);
    }

    /** Simplified, ASCII punctuation, no whitespace, no inserted pinyin: the form headers and labels are compared in. */
    static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = MAP[s.charAt(i)];
            if (c == '(' && i > 0 && i + 1 < s.length() && s.charAt(i + 1) >= 'a' && s.charAt(i + 1) <= 'z') {
                int end = Fold.pinyinEnd(s, i);
                if (end > 0) {
                    i = end - 1;
                    continue;
                }
            }
            if (!Character.isWhitespace(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Like {@link #fold} but keeps single spaces between words, for lines whose spacing separates fields. */
    static String foldKeepingSpaces(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = MAP[s.charAt(i)];
            if (Character.isWhitespace(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }
}
