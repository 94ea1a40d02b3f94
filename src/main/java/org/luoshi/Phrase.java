package org.luoshi;

import java.util.Arrays;
import java.util.Locale;

/**
 * A text named by its bundle key with its arguments, rendered only when the reader's language is known: a failure's
 * argument that is itself a text (a report's state, a field's name), a background job's step. Arguments that are
 * phrases are rendered in the same language.
 */
public record Phrase(String key, Object... args) {

    public Phrase {
        args = args == null ? new Object[0] : args.clone();
    }

    /** The text in {@code locale} (English for any English locale, else Chinese). */
    public String in(Locale locale) {
        return Texts.get(locale, key, resolved(args, locale));
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    /**
     * {@code args} ready for MessageFormat in {@code locale}: phrases and failures become their texts, whole numbers
     * stay as written (an id 12345, not "12,345").
     */
    public static Object[] resolved(Object[] args, Locale locale) {
        Object[] out = args == null ? new Object[0] : args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof Phrase p) {
                out[i] = p.in(locale);
            } else if (out[i] instanceof DomainException e) {
                out[i] = e.message(locale);
            } else if (out[i] instanceof Long || out[i] instanceof Integer || out[i] instanceof Short) {
                out[i] = out[i].toString();
            }
        }
        return out;
    }

    /**
     * The arguments as a row keeps them, separated by U+001F; an argument that is a phrase of plain arguments is kept
     * as U+0002, its key and its arguments after U+001E each, so that it too is rendered in the reader's language;
     * others as their (Chinese) text.
     */
    public String storedArgs() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < args.length; i++) {
            if (i > 0) {
                out.append(SEP);
            }
            Object a = args[i];
            if (a instanceof Phrase nested && plain(nested.args)) {
                out.append(NESTED).append(nested.key);
                for (Object n : nested.args) {
                    out.append(INNER).append(n);
                }
            } else if (a instanceof DomainException e && e.args().length == 0) {
                out.append(NESTED).append(e.key());
            } else if (a instanceof Phrase nested) {
                out.append(nested.in(Locale.ROOT));
            } else if (a instanceof DomainException e) {
                out.append(e.zh());
            } else {
                out.append(a);
            }
        }
        return out.toString();
    }

    /** The phrase a row keeps ({@link #storedArgs()}), or null when the row has no key. */
    public static Phrase stored(String key, String args) {
        if (key == null || key.isEmpty()) {
            return null;
        }
        if (args == null || args.isEmpty()) {
            return new Phrase(key);
        }
        java.util.List<Object> out = new java.util.ArrayList<>();
        for (String a : args.split(String.valueOf(SEP), -1)) {
            if (!a.isEmpty() && a.charAt(0) == NESTED) {
                String[] parts = a.substring(1).split(String.valueOf(INNER), -1);
                out.add(new Phrase(parts[0], (Object[]) java.util.Arrays.copyOfRange(parts, 1, parts.length)));
            } else {
                out.add(a);
            }
        }
        return new Phrase(key, out.toArray());
    }

    /** Whether a nested phrase's arguments are all plain values (kept as text inside the nested one). */
    private static boolean plain(Object[] args) {
        return java.util.Arrays.stream(args).noneMatch(a -> a instanceof Phrase || a instanceof DomainException);
    }

    private static final char SEP = '\u001F';
    private static final char INNER = '\u001E';
    private static final char NESTED = '\u0002';

    @Override
    public boolean equals(Object o) {
        return o instanceof Phrase p && key.equals(p.key) && Arrays.equals(args, p.args);
    }

    @Override
    public int hashCode() {
        return key.hashCode() * 31 + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return key + Arrays.toString(args);
    }
}
