package org.luoshi.assessment;

/** A task's standing at a period's end, in the vocabulary of the canonical JSON. */
public enum Status {
    /** Met or exceeded, or the text says done (已完成, 提前完成, 超额完成). */
    COMPLETED("completed", "已完成"),
    /** At or above the pro-rata share, not yet done. */
    AHEAD("ahead", "超序时"),
    /** Below the pro-rata share; a growth rate below the target rate. */
    BEHIND("behind", "滞后序时"),
    /** Explicit failure or postponement (未获, 暂缓, 延期, 难以完成). */
    AT_RISK("at_risk", "存在风险"),
    /** No figures yet (尚在核算): the text says so, or gives none for a quantified target. */
    NO_DATA("no_data", "待核算"),
    /** No progress reported for the period at all: not the same as figures not yet available. */
    NOT_REPORTED("not_reported", "\u672A\u62A5\u9001"),
    /** No numeric target; ordinary progress. */
    QUALITATIVE("qualitative", "有序推进"),
    /** Mixed signals across targets. */
    UNCLEAR("unclear", "待研判");

    private final String code;
    private final String label;

    Status(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    /** The word offices print. */
    public String label() {
        return label;
    }

    public static Status fromCode(String code) {
        for (Status s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown status: " + code);
    }
}
