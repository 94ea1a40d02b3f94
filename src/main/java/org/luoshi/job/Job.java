package org.luoshi.job;

import java.time.OffsetDateTime;

/**
 * A background job as its page shows it. While it runs, the step labels say what it is doing; when done,
 * they hold the result's summary; when failed, the error says why.
 */
public record Job(
        String id,
        String kind,
        long governmentId,
        String owner,
        JobState state,
        int done,
        int total,
        String stepZh,
        String stepEn,
        String resultRef,
        String resultName,
        boolean hasFile,
        String errorZh,
        String errorEn,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    /** Whole percent done of the current step, 0–100. */
    public int percent() {
        if (state == JobState.DONE) {
            return 100;
        }
        return total <= 0 ? 0 : (int) Math.min(100, (long) done * 100 / total);
    }

    public boolean finished() {
        return state.finished();
    }
}
