package org.luoshi.job;

/**
 * How long work says how far it got: a step (a Chinese and an English label and the units of work it has)
 * and the units done within it. Implementations may keep only some of the calls (see {@link ThrottledProgress}).
 */
public interface Progress {

    /** Does nothing: for callers that want no progress. */
    Progress NONE = new Progress() {
        @Override
        public void step(String zh, String en, int total) {}

        @Override
        public void advance(int units) {}
    };

    /** Starts a step of {@code total} units; its done count starts at 0. */
    void step(String zh, String en, int total);

    /** Adds {@code units} done to the current step. */
    void advance(int units);

    default void advance() {
        advance(1);
    }
}
