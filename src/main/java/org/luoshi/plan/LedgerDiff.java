package org.luoshi.plan;

import java.util.List;

/**
 * What an uploaded 台账 would change in its plan: tasks added, changed (the fields in words), removed (one with
 * progress is cancelled 销号 instead, so nothing reported is lost) and targets changed. {@code fingerprint} names
 * this diff: the commit applies it only while the plan still gives the same one.
 */
public record LedgerDiff(
        String token,
        long planId,
        String fileName,
        String fingerprint,
        List<Added> added,
        List<Changed> changed,
        List<Removed> removed,
        List<TargetChange> targets,
        boolean reordered) {

    public record Added(int line, String number, String content) {}

    public record Changed(int line, long taskId, String number, List<String> fields) {}

    public record Removed(long taskId, String number, String content, boolean cancelledInstead) {}

    public record TargetChange(int line, Long taskId, String number, String before, String after) {}

    public LedgerDiff {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
        targets = List.copyOf(targets);
    }

    public boolean empty() {
        return added.isEmpty() && changed.isEmpty() && removed.isEmpty() && targets.isEmpty() && !reordered;
    }
}
