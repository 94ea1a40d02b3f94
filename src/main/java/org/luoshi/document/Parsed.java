package org.luoshi.document;

import java.util.List;

/**
 * What a layout made of a document's blocks: the task rows, the header names met (for the period), the
 * lines around the tasks (for metadata) and whether the document says it was abridged.
 */
record Parsed(List<TaskRow> tasks, List<String> headers, List<String> around, boolean abridged) {}
