package org.luoshi.job;

import java.util.Locale;

/** Where a job stands; stored in lower case. */
public enum JobState {
    QUEUED,
    RUNNING,
    DONE,
    FAILED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean finished() {
        return this == DONE || this == FAILED;
    }

    static JobState of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
