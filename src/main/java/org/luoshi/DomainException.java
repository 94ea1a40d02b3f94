package org.luoshi;

import java.net.URI;
import java.util.Locale;

/**
 * A failure the user caused or can fix, named by a code with its arguments: the texts are {@code problem.<code>}
 * in the message bundles, resolved in the reader's language (pages through Spring's {@code MessageSource}, plain
 * Java through {@link Texts}). Mapped once to an RFC 9457 problem (API: {@code type}, {@code code}, both languages)
 * and to a friendly page (UI). There is no way to write a failure's text inline: a new failure needs its code in
 * the bundles of both languages.
 */
public class DomainException extends RuntimeException {

    /** The {@code type} of every problem is this followed by its code. */
    public static final String TYPE_PREFIX = "urn:luoshi:problem:";

    /** How the web maps it: 404, 400 or 409. */
    public enum Kind {
        NOT_FOUND,
        BAD_INPUT,
        CONFLICT
    }

    private final Kind kind;
    private final String code;
    private final Object[] args;

    /** A failure named by its code; {@code args} are the MessageFormat arguments of {@code problem.<code>}. */
    protected DomainException(Kind kind, String code, Object... args) {
        super(code);
        this.kind = kind;
        this.code = code;
        this.args = args == null ? new Object[0] : args.clone();
    }

    /**
     * A failure named by its code: the texts are {@code problem.<code>} in the message bundles, with
     * {@code args} as their MessageFormat arguments; the API reports the code beside the texts.
     */
    public static DomainException of(Kind kind, String code, Object... args) {
        return new DomainException(kind, code, args);
    }

    /** The problem's code ({@code plan.not-found}); its texts are {@code problem.<code>}. */
    public String code() {
        return code;
    }

    /** The key of its texts in the bundles. */
    public String key() {
        return "problem." + code;
    }

    /** {@code urn:luoshi:problem:<code>}, the problem's {@code type} in the API. */
    public URI type() {
        return URI.create(TYPE_PREFIX + code);
    }

    public Object[] args() {
        return args.clone();
    }

    /** The arguments ready for {@code problem.<code>} in {@code locale} (see {@link Phrase#resolved}). */
    public Object[] args(Locale locale) {
        return Phrase.resolved(args, locale);
    }

    public Kind kind() {
        return kind;
    }

    /** The text in {@code locale} (English for any English locale, else Chinese). */
    public String message(Locale locale) {
        return Texts.get(locale, key(), args(locale));
    }

    public String zh() {
        return message(Locale.ROOT);
    }

    public String en() {
        return message(Locale.ENGLISH);
    }

    /** Both texts, as the logs and tests read it; pages and the API resolve {@link #key()} themselves. */
    @Override
    public String getMessage() {
        try {
            return zh() + " / " + en();
        } catch (java.util.MissingResourceException e) {
            return code;
        }
    }
}
