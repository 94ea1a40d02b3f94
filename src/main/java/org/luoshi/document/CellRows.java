package org.luoshi.document;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows-and-columns stage of the {@link StructuralReader}, for every row of cells, whichever stage made the
 * cells (HTML and Word tables, spreadsheets, CSV, pipe and tab-separated text, a text table made into rows by
 * {@link TextTable}): the header row a prior for the columns, in any order, the columns named by what their
 * cells hold; a new header row (an indicator table, then a task table) maps the rows after it anew; one-cell
 * rows are group headings; a number glued to the task text is the row's number.
 */
final class CellRows {

    private static final java.util.regex.Pattern CHINESE_ORDINAL =
            java.util.regex.Pattern.compile("[((]?[一二三四五六七八九十]{1,3}[))]?[、.]?");

    private CellRows() {}

    /** Null when no row of the blocks reads as a task table header. */
    static Parsed read(List<Block> blocks) {
        return read(blocks, Map.of());
    }

    /**
     * @param known the header rows a cell stage found, by block index, with the columns it gave them; when there
     *     are any, no other row is a header
     */
    static Parsed read(List<Block> blocks, Map<Integer, List<Column>> known) {
        int start = -1;
        for (int i = 0; i < blocks.size() && start < 0; i++) {
            if (isHeader(blocks, i, known)) {
                start = i;
            }
        }
        if (start < 0) {
            return null;
        }
        List<String> around = new ArrayList<>();
        for (int i = 0; i < start; i++) {
            around.add(text(blocks.get(i)));
        }
        List<TaskRow> tasks = new ArrayList<>();
        List<String> headers = new ArrayList<>();
        boolean abridged = false;
        List<String> names = List.of();
        List<Column> columns = List.of();
        List<CellKind> expected = List.of();
        List<Reading.ColumnReading> assignments = new ArrayList<>();
        String group = headingAbove(blocks, start);
        RowBuilder last = null;
        boolean afterHeader = false;
        for (int i = start; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b instanceof Block.Line l) {
                String f = Chinese.fold(l.text());
                if (Furniture.isEnd(f)) {
                    break;
                }
                abridged |= Furniture.isAbridgedMark(f);
                if (Groups.isHeading(l.text())) {
                    group = l.text().strip();
                } else if (!f.isEmpty()) {
                    around.add(l.text());
                }
                continue;
            }
            List<String> cells = ((Block.Row) b).cells();
            if (isHeader(blocks, i, known)) {
                names = cells;
                List<ColumnsByContent.Assigned> assigned = known.containsKey(i)
                        ? given(cells, known.get(i))
                        : ColumnsByContent.classify(
                                cells.stream().map(Column::recognise).toList(), rowsAfter(blocks, i));
                columns =
                        assigned.stream().map(ColumnsByContent.Assigned::column).toList();
                expected = ColumnsByContent.dominant(columns.size(), rowsAfter(blocks, i));
                for (int c = 0; c < assigned.size(); c++) {
                    ColumnsByContent.Assigned a = assigned.get(c);
                    assignments.add(new Reading.ColumnReading(
                            cells.get(c).strip(), role(a.column()), a.confidence(), a.evidence()));
                }
                headers.addAll(cells);
                afterHeader = true;
                continue;
            }
            int gap = ColumnsByContent.gap(cells, expected);
            if (gap >= 0) {
                // A merged cell (a rowspan) left this row one short: the cells keep their columns.
                List<String> filled = new ArrayList<>(cells);
                filled.add(gap, "");
                cells = filled;
            }
            if (afterHeader && known.isEmpty() && isSubHeader(cells, columns)) {
                // A two-level header ("完成情况" over "进展" and "状态"): the lower names refine the columns.
                List<String> refinedNames = new ArrayList<>(names);
                List<Column> refined = new ArrayList<>(columns);
                for (int c = 0; c < cells.size(); c++) {
                    String cell = cells.get(c).strip();
                    if (!cell.isEmpty()) {
                        String name = c < names.size() && !names.get(c).isBlank()
                                ? names.get(c).strip() + cell
                                : cell;
                        Column col = Column.recognise(cell);
                        set(refinedNames, c, name);
                        set(refined, c, col == null ? Column.recognise(name) : col);
                        headers.add(cell);
                    }
                }
                names = refinedNames;
                columns = refined;
                afterHeader = false;
                continue;
            }
            afterHeader = false;
            Set<String> distinct = new LinkedHashSet<>();
            cells.stream().map(String::strip).filter(c -> !c.isEmpty()).forEach(distinct::add);
            if (distinct.isEmpty()) {
                continue;
            }
            String only = distinct.iterator().next();
            if (distinct.size() == 1 && !RowBuilder.isNumber(only)) {
                String f = Chinese.fold(only);
                abridged |= Furniture.isAbridgedMark(f);
                if (Furniture.isAbridgedMark(f) || Furniture.isFurniture(f)) {
                    continue;
                }
                if (only.length() <= 60 && !f.endsWith("。") || Groups.isHeading(only)) {
                    group = only;
                    continue;
                }
            }
            int numberAt = columns.indexOf(Column.NUMBER);
            String number = numberAt >= 0 && numberAt < cells.size()
                    ? cells.get(numberAt).strip()
                    : "";
            if (!number.isEmpty() && !RowBuilder.isNumber(number) && Groups.isHeading(number)) {
                group = number;
                continue;
            }
            if (CHINESE_ORDINAL.matcher(number).matches() && distinct.size() == 2) {
                // "一" | "经济发展" with nothing else: a heading whose ordinal sits in the number column.
                String heading = distinct.stream().skip(1).findFirst().orElse("");
                group = number.matches(".*[、.)]$") ? number + heading : number + "、" + heading;
                continue;
            }
            if (number.isEmpty() && last != null && onlyProgress(cells, columns)) {
                fill(last, cells, columns, names, true);
                tasks.set(tasks.size() - 1, last.build());
                continue;
            }
            int contentAt = columns.indexOf(Column.CONTENT);
            if (numberAt < 0 && contentAt >= 0 && contentAt < cells.size()) {
                // No number column: a number glued to the task text ("(1)吸收60所…") is the row's number.
                Numbering printed = Numbering.of(cells.get(contentAt));
                if (printed != null && !printed.rest().isEmpty() && printed.style() != Numbering.Style.CHINESE) {
                    number = printed.label();
                    List<String> rest = new ArrayList<>(cells);
                    rest.set(contentAt, printed.rest());
                    cells = rest;
                }
            }
            RowBuilder row = new RowBuilder(number).group(group);
            fill(row, cells, columns, names, false);
            if (!row.isEmpty()) {
                tasks.add(row.build());
                last = row;
            }
        }
        return new Parsed(tasks, headers, around, abridged, assignments);
    }

    private static boolean isHeader(List<Block> blocks, int i, Map<Integer, List<Column>> known) {
        return known.isEmpty() ? isHeaderRow(blocks, i) : known.containsKey(i);
    }

    /** Columns a cell stage gave: a known name is the evidence, else the cells the stage read them by. */
    private static List<ColumnsByContent.Assigned> given(List<String> names, List<Column> columns) {
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

    static String role(Column c) {
        return c == null ? "extra" : c.name().toLowerCase(java.util.Locale.ROOT);
    }

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
    private static List<List<String>> rowsAfter(List<Block> blocks, int header) {
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
    private static String headingAbove(List<Block> blocks, int header) {
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

    private static boolean isSubHeader(List<String> cells, List<Column> columns) {
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

    private static <T> void set(List<T> list, int at, T value) {
        while (list.size() <= at) {
            list.add(null);
        }
        list.set(at, value);
    }

    private static boolean onlyProgress(List<String> cells, List<Column> columns) {
        boolean progress = false;
        for (int c = 0; c < cells.size(); c++) {
            Column col = c < columns.size() ? columns.get(c) : null;
            if (!cells.get(c).isBlank()) {
                if (col != Column.PROGRESS) {
                    return false;
                }
                progress = true;
            }
        }
        return progress;
    }

    private static void fill(
            RowBuilder row, List<String> cells, List<Column> columns, List<String> names, boolean progressOnly) {
        int lastProgress = columns.lastIndexOf(Column.PROGRESS);
        int firstLead = columns.indexOf(Column.LEAD);
        String target = "";
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            Column col = c < columns.size() ? columns.get(c) : null;
            String name = c < names.size() ? names.get(c) : "";
            if (cell.isBlank() || col == Column.NUMBER) {
                continue;
            }
            if (progressOnly && col != Column.PROGRESS) {
                continue;
            }
            switch (col == null ? Column.EXTRA : col) {
                case CONTENT, INDICATOR -> row.content(cell);
                case TARGET -> {
                    target = cell.strip();
                    row.extra(name, cell);
                }
                case LEAD -> row.units(cell, c != firstLead);
                case CO -> row.units(cell, true);
                case PROGRESS -> {
                    if (c == lastProgress) {
                        row.progress(cell);
                    } else {
                        row.extra(name, cell);
                    }
                }
                default -> row.extra(name, cell);
            }
        }
        if (!target.isEmpty()) {
            // An indicator row reads as a task once its target is attached: "地区生产总值增长" + "9%".
            row.contentTail(target);
        }
    }

    static String text(Block b) {
        return b instanceof Block.Line l ? l.text() : ((Block.Row) b).joined();
    }
}
