package org.luoshi.document;

import java.util.List;

/**
 * How a document was read, for the office to check the weak parts: the layout found and how sure the reader is
 * of it, each column's role with its confidence and evidence, and each task row's confidence and evidence (in
 * the order of {@link ReadDocument#tasks()}). Additive to the canonical JSON ({@code reading}, and
 * {@code confidence} / {@code evidence} on each task).
 *
 * @param layout     table, text-table, numbered-paragraphs, named-items, project-paragraphs; "" when unknown
 * @param confidence 0 to 1
 */
public record Reading(String layout, double confidence, List<ColumnReading> columns, List<RowReading> rows) {

    public static final Reading NONE = new Reading("", 0, List.of(), List.of());

    public Reading {
        layout = layout == null ? "" : layout;
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** The role a column was given: number, content, indicator, target, lead, co, progress, extra. */
    public record ColumnReading(String name, String role, double confidence, String evidence) {}

    /** How sure the reader is that a row is a task, read as it should be, and why. */
    public record RowReading(double confidence, String evidence) {}

    /** The reading of task {@code i}, or null when none was recorded. */
    public RowReading row(int i) {
        return i < rows.size() ? rows.get(i) : null;
    }
}
