package org.luoshi.document;

import java.util.List;

/**
 * What a layout made of a document's blocks: the task rows, the header names met (for the period), the
 * lines around the tasks (for metadata), whether the document says it was abridged, and the roles its columns
 * were given (empty for layouts without columns).
 */
record Parsed(
        List<TaskRow> tasks,
        List<String> headers,
        List<String> around,
        boolean abridged,
        List<Reading.ColumnReading> columns) {

    Parsed(List<TaskRow> tasks, List<String> headers, List<String> around, boolean abridged) {
        this(tasks, headers, around, abridged, List.of());
    }
}
