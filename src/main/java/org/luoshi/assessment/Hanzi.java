package org.luoshi.assessment;

import org.luoshi.text.Fold;

/**
 * Text as the rules read it: full-width punctuation and digits as ASCII (，→, ；→; ％→%), no-break and
 * ideographic spaces as spaces, and Traditional characters as Simplified (the one table, {@link Fold}),
 * so that one set of patterns serves portals that publish either way.
 */
final class Hanzi {

    private Hanzi() {}

    static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return Fold.simplified(Fold.ascii(text));
    }
}
