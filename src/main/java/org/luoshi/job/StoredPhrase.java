package org.luoshi.job;

import java.util.ArrayList;
import java.util.List;
import org.luoshi.DomainException;
import org.luoshi.Phrase;

/**
 * A {@link Phrase} as a job row keeps it: the key in one column, the arguments in another, separated by U+001F. An
 * argument that is itself a phrase without arguments is kept as U+0002 and its key, so that it too is rendered in
 * the reader's language; other arguments are kept as their text.
 */
final class StoredPhrase {

    private static final char SEP = '\u001F';
    private static final char NESTED = '\u0002';

    private StoredPhrase() {}

    static String args(Phrase p) {
        StringBuilder out = new StringBuilder();
        Object[] args = p.args();
        for (int i = 0; i < args.length; i++) {
            if (i > 0) {
                out.append(SEP);
            }
            out.append(arg(args[i]));
        }
        return out.toString();
    }

    private static String arg(Object a) {
        if (a instanceof Phrase nested && nested.args().length == 0) {
            return NESTED + nested.key();
        }
        if (a instanceof DomainException e && e.args().length == 0) {
            return NESTED + e.key();
        }
        if (a instanceof Phrase nested) {
            return nested.in(java.util.Locale.ROOT);
        }
        if (a instanceof DomainException e) {
            return e.zh();
        }
        return String.valueOf(a);
    }

    /** The phrase of a row, or null when the row has no code (written before codes were stored). */
    static Phrase of(String key, String args) {
        if (key == null || key.isEmpty()) {
            return null;
        }
        if (args == null || args.isEmpty()) {
            return new Phrase(key);
        }
        List<Object> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= args.length(); i++) {
            if (i == args.length() || args.charAt(i) == SEP) {
                String a = args.substring(start, i);
                out.add(!a.isEmpty() && a.charAt(0) == NESTED ? new Phrase(a.substring(1)) : a);
                start = i + 1;
            }
        }
        return new Phrase(key, out.toArray());
    }

    /** A failure as a phrase: its bundle key and arguments. */
    static Phrase of(DomainException e) {
        return new Phrase(e.key(), e.args());
    }
}
