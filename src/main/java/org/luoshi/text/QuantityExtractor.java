package org.luoshi.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the quantities that matter out of a task's text and its progress text.
 * Thread-safe and free of I/O; create one and share it. Never throws on text: what cannot be read is left out.
 */
public final class QuantityExtractor {

    /** The quantitative targets stated in a task's content (工作内容), in text order. */
    public List<Quantity> targets(String content) {
        if (content == null || content.isEmpty()) {
            return List.of();
        }
        List<Quantity> out = new ArrayList<>();
        for (Mention m : QuantityScanner.scan(Traditional.simplify(content), true)) {
            out.add(m.toQuantity(content, ""));
        }
        return List.copyOf(out);
    }

    /**
     * The quantities in a progress text that measure one of {@code targets}, plus explicit completion
     * shares (完成年度任务的130%), in text order, each with the period it covers when stated.
     */
    public List<Quantity> actuals(String progress, List<Quantity> targets) {
        StringBuilder subject = new StringBuilder();
        if (targets != null) {
            for (Quantity t : targets) {
                subject.append(t.metric()).append('，');  // without the content, the targets' metrics name the subject
            }
        }
        return actuals(progress, targets, subject.toString());
    }

    /**
     * As {@link #actuals(String, List)}, also using the task's content (工作内容) to recognise the figures
     * that report work on the task's own subject: in a task without numeric targets these are the actuals,
     * and a completion share not measured against the year (完成总工程量的71%) is kept only when its
     * sentence names that subject. Prefer this form whenever the content is at hand.
     */
    public List<Quantity> actuals(String progress, List<Quantity> targets, String content) {
        if (progress == null || progress.isEmpty()) {
            return List.of();
        }
        List<Quantity> known = targets == null ? List.of() : targets;
        String subject = content == null ? "" : Traditional.simplify(content);
        String simplified = Traditional.simplify(progress);
        Periods.Index periods = Periods.index(simplified);
        List<Quantity> out = new ArrayList<>();
        for (Mention m : Linker.select(QuantityScanner.scan(simplified, false), known, subject)) {
            out.add(m.toQuantity(progress, Periods.before(periods, m.start())));
        }
        return List.copyOf(out);
    }
}
