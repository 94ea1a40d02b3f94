package org.luoshi.assessment;

/** Proposes a status and its reason from a task's facts. Plain Java, no I/O, thread-safe. */
public final class Rules {

    public Judgement judge(TaskFacts facts) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
