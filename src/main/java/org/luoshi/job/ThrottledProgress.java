package org.luoshi.job;

import java.time.Duration;
import java.util.function.LongSupplier;
import org.luoshi.Phrase;

/**
 * Progress that writes through to its sink at most once per interval (for jobs 200 ms by default,
 * {@code luoshi.jobs.progress-interval}), so that work advancing per task does not write the database per task.
 * A new step is always written at once; the last count of a step is written by the next step or by
 * {@link #flush()}.
 */
public final class ThrottledProgress implements Progress {

    public static final Duration INTERVAL = Duration.ofMillis(200);

    /** Where the progress goes: for jobs, their row. */
    @FunctionalInterface
    public interface Sink {
        void save(int done, int total, Phrase step);
    }

    private final Sink sink;
    private final LongSupplier nanoClock;
    private final long intervalNanos;
    private Phrase step = new Phrase("job.step.start");
    private int total;
    private int done;
    private long savedAt;
    private boolean dirty;

    /** @param nanoClock a monotonic clock in nanoseconds, such as {@code System::nanoTime} */
    public ThrottledProgress(Sink sink, LongSupplier nanoClock, Duration interval) {
        this.sink = sink;
        this.nanoClock = nanoClock;
        this.intervalNanos = interval.toNanos();
    }

    @Override
    public void step(Phrase step, int total) {
        this.step = step;
        this.total = Math.max(0, total);
        this.done = 0;
        save();
    }

    @Override
    public void advance(int units) {
        done = total > 0 ? Math.min(total, done + units) : done + units;
        dirty = true;
        if (nanoClock.getAsLong() - savedAt >= intervalNanos) {
            save();
        }
    }

    /** Writes the latest count if it has not been written yet. */
    public void flush() {
        if (dirty) {
            save();
        }
    }

    public int done() {
        return done;
    }

    public int total() {
        return total;
    }

    private void save() {
        sink.save(done, total, step);
        savedAt = nanoClock.getAsLong();
        dirty = false;
    }
}
