package org.luoshi.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides which figures of a progress text measure the task: completion shares, figures of the same kind
 * and unit as a target about a similar metric, and, for a task without numeric targets, the figures that
 * report work done on the task's own subject.
 */
final class Linker {

    private Linker() {
    }

    static List<Mention> select(List<Mention> candidates, List<Quantity> targets, String content) {
        List<Mention> kept = new ArrayList<>();
        for (Mention m : candidates) {
            if (keep(m, targets, content)) {
                kept.add(m);
            }
        }
        return kept;
    }

    static boolean keep(Mention m, List<Quantity> targets, String content) {
        if (m.kind() == QuantityKind.COMPLETION) {
            return m.annual() || Metrics.similarity(m.clause(), content) >= 0.2;
        }
        if (!targets.isEmpty()) {
            for (Quantity t : targets) {
                double sim = Math.max(Metrics.similarity(m.metric(), t.metric()), Metrics.similarity(m.clause(), t.metric()));
                boolean sameUnit = t.unit().equals(m.unit()) && (!t.isPercent() || t.kind() == m.kind());
                if (sameUnit && sim >= 0.34) {
                    return true;
                }
                if (sim >= 0.6) {
                    return true;
                }
            }
            return false;
        }
        if (m.kind() != QuantityKind.AMOUNT) {
            return false;
        }
        return Metrics.similarity(m.clause(), content) >= 0.3;
    }
}
