package org.luoshi.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.luoshi.Phrase;

/** Progress reaches its sink at most once per interval, on a clock the test moves by hand. */
class ThrottledProgressTest {

    record Saved(int done, int total, String zh) {}

    private final List<Saved> saved = new ArrayList<>();
    private long now = 1_000_000_000L;
    private final ThrottledProgress progress = new ThrottledProgress(
            (done, total, step) -> saved.add(new Saved(done, total, step.in(Locale.ROOT))),
            () -> now,
            Duration.ofMillis(200));

    @Test
    void aStepIsSavedAtOnce() {
        progress.step(new Phrase("job.step.analyse-tasks"), 10_000);
        assertThat(saved).containsExactly(new Saved(0, 10_000, "分析任务"));
    }

    @Test
    void advancesWithinTheIntervalAreNotSaved() {
        progress.step(new Phrase("job.step.analyse-tasks"), 10_000);
        for (int i = 0; i < 5_000; i++) {
            progress.advance();
        }
        now += Duration.ofMillis(199).toNanos();
        progress.advance();
        assertThat(saved).hasSize(1);
        assertThat(progress.done()).isEqualTo(5_001);
    }

    @Test
    void theFirstAdvanceAfterTheIntervalIsSavedWithTheCountSoFar() {
        progress.step(new Phrase("job.step.analyse-tasks"), 10_000);
        progress.advance(300);
        now += Duration.ofMillis(200).toNanos();
        progress.advance(2);
        progress.advance(5);
        now += Duration.ofMillis(250).toNanos();
        progress.advance();
        assertThat(saved)
                .containsExactly(
                        new Saved(0, 10_000, "分析任务"), new Saved(302, 10_000, "分析任务"), new Saved(308, 10_000, "分析任务"));
    }

    @Test
    void manyAdvancesOverALongTimeAreSavedAboutOncePerInterval() {
        progress.step(new Phrase("job.step.write-tasks"), 10_000);
        for (int i = 0; i < 10_000; i++) {
            now += Duration.ofMillis(1).toNanos();
            progress.advance();
        }
        // 10 s of work: one save per 200 ms, plus the step.
        assertThat(saved).hasSize(51);
    }

    @Test
    void flushSavesOnlyWhatWasNotSaved() {
        progress.step(new Phrase("job.step.write-tasks"), 3);
        progress.advance(3);
        progress.flush();
        progress.flush();
        assertThat(saved).containsExactly(new Saved(0, 3, "写入任务"), new Saved(3, 3, "写入任务"));
    }

    @Test
    void theCountStaysWithinTheTotalAndANewStepStartsAtZero() {
        progress.step(new Phrase("job.step.read-document"), 1);
        progress.advance(5);
        assertThat(progress.done()).isEqualTo(1);
        progress.step(new Phrase("job.step.analyse-tasks"), 7);
        assertThat(progress.done()).isZero();
        assertThat(saved.get(saved.size() - 1)).isEqualTo(new Saved(0, 7, "分析任务"));
    }
}
