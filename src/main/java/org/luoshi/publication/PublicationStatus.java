package org.luoshi.publication;

/** Where a publication stands: draft → approved → published → withdrawn. */
public enum PublicationStatus {
    /** Drafted by the office from a compiled report; tasks and text may still be withheld. */
    DRAFT("draft", "草稿"),
    /** Approved by a leader, as it stands; no more changes. */
    APPROVED("approved", "已审核"),
    /** Numbered (索引号) and, when actively disclosed, on the portal. */
    PUBLISHED("published", "已发布"),
    /** Taken off the portal with a reason; kept, with its number, in the office's history. */
    WITHDRAWN("withdrawn", "已撤回");

    private final String code;
    private final String label;

    PublicationStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    static PublicationStatus fromCode(String code) {
        for (PublicationStatus s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown publication status: " + code);
    }
}
