package org.luoshi.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Which rows of cells are header rows and what lies around them, for {@link CellRows}: the header is found by its
 * short name cells over a row of data, its names a prior for the columns, never a gate.
 */
final class HeaderRows {

    private HeaderRows() {}

    /**
     * A header row: the names a known vocabulary recognises, or, when it does not, short cells that are neither
     * numbers nor sentences, one of them a known name, over a row of data.
     */
    static boolean isHeaderRow(List<Block> blocks, int i) {
        if (!(blocks.get(i) instanceof Block.Row r)) {
            return false;
        }
        if (Column.isHeader(r.cells())) {
            return true;
        }
        int names = 0;
        int known = 0;
        for (String c : r.cells()) {
            String f = Chinese.fold(c);
            if (f.isEmpty()) {
                continue;
            }
            CellKind k = CellKind.of(c);
            if (f.length() > 16 || f.contains("。") || k == CellKind.NUMBER || k == CellKind.PERCENT) {
                return false;
            }
            names++;
            Column col = Column.recognise(c);
            known += col != null && col != Column.EXTRA ? 1 : 0;
        }
        if (names < 3 || known < 1) {
            return false;
        }
        List<List<String>> after = rowsAfter(blocks, i);
        return !after.isEmpty()
                && after.get(0).stream().anyMatch(c -> Chinese.fold(c).length() >= 8);
    }

    /** The rows below a header, up to the next header or 60 rows: what its columns are classified by. */
    static List<List<String>> rowsAfter(List<Block> blocks, int header) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = header + 1; i < blocks.size() && rows.size() < 60; i++) {
            if (blocks.get(i) instanceof Block.Row r) {
                if (Column.isHeader(r.cells())) {
                    break;
                }
                rows.add(r.cells());
            }
        }
        return rows;
    }

    /** "一、主要指标" printed right above the first header row heads the rows below it. */
    static String headingAbove(List<Block> blocks, int header) {
        for (int i = header - 1; i >= 0; i--) {
            if (blocks.get(i) instanceof Block.Line l) {
                if (l.text().isBlank()) {
                    continue;
                }
                return Groups.isHeading(l.text()) ? l.text().strip() : "";
            }
            return "";
        }
        return "";
    }

    /** A row right under a header whose short cells name parts of the columns above them. */
    static boolean isSubHeader(List<String> cells, List<Column> columns) {
        int numberAt = columns.indexOf(Column.NUMBER);
        if (numberAt >= 0 && numberAt < cells.size() && !cells.get(numberAt).isBlank()) {
            return false;
        }
        boolean any = false;
        for (String c : cells) {
            String t = c.strip();
            if (!t.isEmpty()) {
                if (t.length() > 8 || Column.recognise(t) == null && t.length() > 4) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** Columns a cell stage gave: a known name is the evidence, else the cells the stage read them by. */
    static List<ColumnsByContent.Assigned> given(List<String> names, List<Column> columns) {
        List<ColumnsByContent.Assigned> out = new ArrayList<>(columns.size());
        for (int c = 0; c < columns.size(); c++) {
            boolean named = c < names.size() && Column.recognise(names.get(c)) != null;
            out.add(new ColumnsByContent.Assigned(
                    columns.get(c),
                    named ? 0.9 : 0.7,
                    named ? "header name" : "no known header name; read by its cells"));
        }
        return out;
    }
}
