package org.luoshi.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of literal words searched in one pass. A regex alternation of literals tries every word at every
 * position, which made furniture detection the slowest step of reading; indexing by first character does not.
 */
final class Keywords {

    private final String[][] byFirst = new String[Character.MAX_VALUE + 1][];

    private Keywords(List<String> words) {
        Map<Character, List<String>> grouped = new HashMap<>();
        for (String w : words) {
            grouped.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
        }
        grouped.forEach((c, ws) -> byFirst[c] = ws.toArray(String[]::new));
    }

    static Keywords of(String... words) {
        return new Keywords(List.of(words));
    }

    /** True when any of the words occurs in {@code text}. */
    boolean in(String text) {
        for (int i = 0; i < text.length(); i++) {
            String[] candidates = byFirst[text.charAt(i)];
            if (candidates != null) {
                for (String w : candidates) {
                    if (text.startsWith(w, i)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
