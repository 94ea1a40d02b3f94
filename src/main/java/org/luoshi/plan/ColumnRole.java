package org.luoshi.plan;

import java.util.Locale;

/** What a column of the import grid feeds when the tasks are rebuilt from it. */
public enum ColumnRole {
    NUMBER,
    CONTENT,
    LEAD,
    CO,
    PROGRESS,
    /** a status column (进展状态, 完成成效): kept by its header, like {@link #OTHER} */
    STATUS,
    OTHER,
    IGNORE;

    /** "lead" for {@link #LEAD}: the code in corrections, the API and the message keys. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role of that code; null when there is none. */
    public static ColumnRole of(String code) {
        for (ColumnRole r : values()) {
            if (r.code().equals(code == null ? "" : code.strip().toLowerCase(Locale.ROOT))) {
                return r;
            }
        }
        return null;
    }
}
