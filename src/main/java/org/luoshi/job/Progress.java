package org.luoshi.job;

import org.luoshi.Phrase;

/**
 * How long work says how far it got: a step (a text by its code, rendered in the reader's language, and the units of work it has)
 * and the units done within it. Implementations may keep only some of the calls (see {@link ThrottledProgress}).
 */
public interface Progress {

    /** Does nothing: for callers that want no progress. */
    Progress NONE = new Progress() {
        @Override
        public void step(Phrase step, int total) {}

        @Override
        public void advance(int units) {}
    };

    /** Starts a step of {@code total} units, named by its text's key ({@code job.step.*}); done starts at 0. */
    void step(Phrase step, int total);

    /** Adds {@code units} done to the current step. */
    void advance(int units);

    default void advance() {
        advance(1);
    }
}
