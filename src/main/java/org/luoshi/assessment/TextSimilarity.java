package org.luoshi.assessment;

import java.util.HashSet;
import java.util.Set;

/**
 * How alike two progress texts are: the Dice coefficient of their character bigrams, ignoring whitespace and
 * punctuation, so that a copy with a changed comma or a trailing space still counts as a copy.
 */
final class TextSimilarity {

    private TextSimilarity() {}

    static double of(String a, String b) {
        Set<Integer> x = bigrams(a);
        Set<Integer> y = bigrams(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (Integer g : x) {
            if (y.contains(g)) {
                common++;
            }
        }
        return 2.0 * common / (x.size() + y.size());
    }

    static String significant(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private static Set<Integer> bigrams(String s) {
        String t = significant(s);
        Set<Integer> grams = new HashSet<>();
        for (int i = 0; i + 1 < t.length(); i++) {
            grams.add(t.charAt(i) << 16 | t.charAt(i + 1));
        }
        return grams;
    }
}
