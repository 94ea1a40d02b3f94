package org.luoshi;

/**
 * A failure the user caused or can fix, with its message in Chinese and English. Mapped once to an RFC 9457
 * problem (API) and to a friendly page (UI).
 */
public class DomainException extends RuntimeException {

    /** How the web maps it: 404, 400 or 409. */
    public enum Kind {
        NOT_FOUND,
        BAD_INPUT,
        CONFLICT
    }

    private final Kind kind;
    private final String code;
    private final Object[] args;
    private final String zh;
    private final String en;

    /** A failure whose texts are written here; prefer {@link #of}, whose texts live in the message bundles. */
    public DomainException(Kind kind, String zh, String en) {
        this(kind, null, new Object[0], zh, en);
    }

    private DomainException(Kind kind, String code, Object[] args, String zh, String en) {
        super(zh + " / " + en);
        this.kind = kind;
        this.code = code;
        this.args = args;
        this.zh = zh;
        this.en = en;
    }

    /**
     * A failure named by its code: the texts are {@code problem.<code>} in the message bundles, with
     * {@code args} as their MessageFormat arguments; the API reports the code beside the texts.
     */
    public static DomainException of(Kind kind, String code, Object... args) {
        String key = "problem." + code;
        return new DomainException(kind, code, args.clone(), Texts.zh(key, args), Texts.en(key, args));
    }

    /** The problem's code ({@code plan.not-found}), or null for a failure whose texts were written inline. */
    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }

    public Kind kind() {
        return kind;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    public static DomainException notFound(String zh, String en) {
        return new DomainException(Kind.NOT_FOUND, zh, en);
    }

    public static DomainException badInput(String zh, String en) {
        return new DomainException(Kind.BAD_INPUT, zh, en);
    }
}
