package org.luoshi.job;

import org.luoshi.DomainException;
import org.luoshi.Phrase;

/**
 * A {@link Phrase} as a job row keeps it: the key in one column, the arguments in another, separated by U+001F. An
 * argument that is itself a phrase without arguments is kept as U+0002 and its key, so that it too is rendered in
 * the reader's language; other arguments are kept as their text.
 */
final class StoredPhrase {

    private StoredPhrase() {}

    static String args(Phrase p) {
        return p.storedArgs();
    }

    /** The phrase of a row, or null when the row has no code (written before codes were stored). */
    static Phrase of(String key, String args) {
        return Phrase.stored(key, args);
    }

    /** A failure as a phrase: its bundle key and arguments. */
    static Phrase of(DomainException e) {
        return new Phrase(e.key(), e.args());
    }
}
