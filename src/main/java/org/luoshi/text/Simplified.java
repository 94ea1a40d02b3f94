package org.luoshi.text;

/** Traditional characters folded to Simplified, for matching text written in either (the portal's search). */
public final class Simplified {

    private Simplified() {}

    public static String of(String s) {
        return s == null ? null : Traditional.simplify(s);
    }
}
