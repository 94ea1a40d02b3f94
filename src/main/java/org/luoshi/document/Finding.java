package org.luoshi.document;

import java.util.List;

/**
 * A data-quality observation about a document.
 *
 * @param kind    duplicate-number, missing-number, copied-progress, abridged, unknown-unit, …
 * @param tasks   the task numbers concerned (may be empty)
 * @param message a Chinese sentence for the office ("序号84出现两次")
 */
public record Finding(String kind, List<String> tasks, String message) {
    public Finding {
        tasks = List.copyOf(tasks);
    }
}
