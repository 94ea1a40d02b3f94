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
