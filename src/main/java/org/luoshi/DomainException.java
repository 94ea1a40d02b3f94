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
    private final String zh;
    private final String en;

    public DomainException(Kind kind, String zh, String en) {
        super(zh + " / " + en);
        this.kind = kind;
        this.zh = zh;
        this.en = en;
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
