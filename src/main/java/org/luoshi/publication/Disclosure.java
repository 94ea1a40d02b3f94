package org.luoshi.publication;

import org.luoshi.DomainException;

/** 公开方式: how the information is disclosed. Only active disclosure reaches the portal. */
public enum Disclosure {
    /** 主动公开: on the portal. */
    ACTIVE("active", "主动公开"),
    /** 依申请公开: catalogued, given out on request, not on the portal. */
    ON_REQUEST("on_request", "依申请公开"),
    /** 不予公开: not disclosed; cannot be published. */
    NONE("none", "不予公开");

    private final String code;
    private final String label;

    Disclosure(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Disclosure fromCode(String code) {
        for (Disclosure d : values()) {
            if (d.code.equals(code)) {
                return d;
            }
        }
        throw DomainException.of(DomainException.Kind.BAD_INPUT, "publication.invalid-disclosure", code);
    }
}
