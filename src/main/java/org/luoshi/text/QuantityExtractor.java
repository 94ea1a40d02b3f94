package org.luoshi.text;

import java.util.List;

/**
 * Reads the quantities that matter out of a task's text and its progress text.
 * Thread-safe and free of I/O; create one and share it.
 */
public final class QuantityExtractor {

    /** The quantitative targets stated in a task's content (工作内容), in text order. */
    public List<Quantity> targets(String content) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /**
     * The quantities in a progress text that measure one of {@code targets}, plus explicit completion
     * shares (完成年度任务的130%), in text order, each with the period it covers when stated.
     */
    public List<Quantity> actuals(String progress, List<Quantity> targets) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
