package org.luoshi.document;

import java.util.List;

/** A read document with every task analyzed: what {@code luoshi extract} prints as canonical JSON. */
public record AnalyzedDocument(ReadDocument document, List<AnalyzedTask> tasks) {
    public AnalyzedDocument {
        tasks = List.copyOf(tasks);
    }
}
