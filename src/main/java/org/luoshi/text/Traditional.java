package org.luoshi.text;

/**
 * Reports copied from some portals arrive in Traditional characters. The characters that carry numbers,
 * units and cue words are mapped one for one to Simplified ones, so offsets into the original text stay valid
 * and {@link Quantity#text()} can still be cut from the original.
 */
final class Traditional {

    private Traditional() {}

    /** The same text with Traditional characters simplified ({@link Fold#simplified}); the same offsets. */
    static String simplify(String s) {
        return Fold.simplified(s);
    }
}
