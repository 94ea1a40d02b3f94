package org.luoshi.document;

import java.util.List;

/**
 * One piece of a document in reading order, as every format's reader delivers it to the layout detector:
 * a line of text (a paragraph, or "" for a blank line) or a row of table cells.
 */
sealed interface Block {

    record Line(String text) implements Block {}

    record Row(List<String> cells) implements Block {
        public Row {
            cells = List.copyOf(cells);
        }

        /** The row as one line, for metadata read around a table. */
        String joined() {
            return String.join(" ", cells).strip();
        }
    }

    static Line line(String text) {
        return new Line(text);
    }

    static Row row(List<String> cells) {
        return new Row(cells);
    }
}
