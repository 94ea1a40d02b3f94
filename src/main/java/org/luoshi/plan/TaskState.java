package org.luoshi.plan;

/**
 * Where a task stands in its plan. Only an active task is edited, reported on and judged; a cancelled (销号) or
 * merged one stays in the plan with its reason, so its history remains readable.
 */
public enum TaskState {
    ACTIVE("active"),
    /** Cancelled by the office (销号), with a reason. */
    CANCELLED("cancelled"),
    /** Merged into another task of the plan, with a reason. */
    MERGED("merged");

    private final String code;

    TaskState(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static TaskState fromCode(String code) {
        for (TaskState s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown task state: " + code);
    }
}
