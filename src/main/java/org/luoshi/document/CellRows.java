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
 * rows are group headings; a number glued to the task text is the row's number. One instance reads one
 * document.
 */
final class CellRows {

    private static final java.util.regex.Pattern CHINESE_ORDINAL =
            java.util.regex.Pattern.compile("[((]?[一二三四五六七八九十]{1,3}[))]?[、.]?");

    private final List<Block> blocks;
    private final Map<Integer, List<Column>> known;
    private final List<String> around = new ArrayList<>();
    private final List<TaskRow> tasks = new ArrayList<>();
    private final List<String> headers = new ArrayList<>();
    private final List<Reading.ColumnReading> assignments = new ArrayList<>();
    private boolean abridged;
    private List<String> names = List.of();
    private List<Column> columns = List.of();
    private List<CellKind> expected = List.of();
    private String group = "";
    private RowBuilder last;
    private boolean afterHeader;

    private CellRows(List<Block> blocks, Map<Integer, List<Column>> known) {
        this.blocks = blocks;
        this.known = known;
    }

    /** Null when no row of the blocks reads as a task table header. */
    static Parsed read(List<Block> blocks) {
        return read(blocks, Map.of());
    }

    /**
     * @param known the header rows a cell stage found, by block index, with the columns it gave them; when there
     *     are any, no other row is a header
     */
    static Parsed read(List<Block> blocks, Map<Integer, List<Column>> known) {
        return new CellRows(blocks, known).read();
    }

    private Parsed read() {
        int start = -1;
        for (int i = 0; i < blocks.size() && start < 0; i++) {
            if (isHeader(i)) {
                start = i;
            }
        }
        if (start < 0) {
            return null;
        }
        for (int i = 0; i < start; i++) {
            around.add(text(blocks.get(i)));
        }
        group = HeaderRows.headingAbove(blocks, start);
        for (int i = start; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b instanceof Block.Line l) {
                if (!line(l.text())) {
                    break;
                }
            } else if (isHeader(i)) {
                header(i, ((Block.Row) b).cells());
            } else {
                row(((Block.Row) b).cells());
            }
        }
        return new Parsed(tasks, headers, around, abridged, assignments);
    }

    private boolean isHeader(int i) {
        return known.isEmpty() ? HeaderRows.isHeaderRow(blocks, i) : known.containsKey(i);
    }

    /** A line between rows: a heading for the rows below it, or text around the table. False at the end. */
    private boolean line(String text) {
        String f = Chinese.fold(text);
        if (Furniture.isEnd(f)) {
            return false;
        }
        abridged |= Furniture.isAbridgedMark(f);
        if (Groups.isHeading(text)) {
            group = text.strip();
        } else if (!f.isEmpty()) {
            around.add(text);
        }
        return true;
    }

    private void header(int i, List<String> cells) {
        names = cells;
        List<ColumnsByContent.Assigned> assigned = known.containsKey(i)
                ? HeaderRows.given(cells, known.get(i))
                : ColumnsByContent.classify(
                        cells.stream().map(Column::recognise).toList(), HeaderRows.rowsAfter(blocks, i));
        columns = assigned.stream().map(ColumnsByContent.Assigned::column).toList();
        expected = ColumnsByContent.dominant(columns.size(), HeaderRows.rowsAfter(blocks, i));
        for (int c = 0; c < assigned.size(); c++) {
            ColumnsByContent.Assigned a = assigned.get(c);
            assignments.add(
                    new Reading.ColumnReading(cells.get(c).strip(), role(a.column()), a.confidence(), a.evidence()));
        }
        headers.addAll(cells);
        afterHeader = true;
    }

    /** A two-level header ("完成情况" over "进展" and "状态"): the lower names refine the columns. */
    private void subHeader(List<String> cells) {
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
    }

    private void row(List<String> printed) {
        List<String> cells = printed;
        int gap = ColumnsByContent.gap(cells, expected);
        if (gap >= 0) {
            // A merged cell (a rowspan) left this row one short: the cells keep their columns.
            List<String> filled = new ArrayList<>(cells);
            filled.add(gap, "");
            cells = filled;
        }
        if (afterHeader && known.isEmpty() && HeaderRows.isSubHeader(cells, columns)) {
            subHeader(cells);
            afterHeader = false;
            return;
        }
        afterHeader = false;
        Set<String> distinct = new LinkedHashSet<>();
        cells.stream().map(String::strip).filter(c -> !c.isEmpty()).forEach(distinct::add);
        if (distinct.isEmpty() || heading(distinct)) {
            return;
        }
        int numberAt = columns.indexOf(Column.NUMBER);
        String number =
                numberAt >= 0 && numberAt < cells.size() ? cells.get(numberAt).strip() : "";
        if (numberedHeading(number, distinct)) {
            return;
        }
        if (number.isEmpty() && last != null && onlyProgress(cells, columns)) {
            fill(last, cells, columns, names, true);
            tasks.set(tasks.size() - 1, last.build());
            return;
        }
        int contentAt = columns.indexOf(Column.CONTENT);
        if (numberAt < 0 && contentAt >= 0 && contentAt < cells.size()) {
            // No number column: a number glued to the task text ("(1)吸收60所…") is the row's number.
            Numbering glued = Numbering.of(cells.get(contentAt));
            if (glued != null && !glued.rest().isEmpty() && glued.style() != Numbering.Style.CHINESE) {
                number = glued.label();
                List<String> rest = new ArrayList<>(cells);
                rest.set(contentAt, glued.rest());
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

    /** A row of one distinct cell that is no number: a heading (or furniture, or the abridged mark). */
    private boolean heading(Set<String> distinct) {
        String only = distinct.iterator().next();
        if (distinct.size() != 1 || RowBuilder.isNumber(only)) {
            return false;
        }
        String f = Chinese.fold(only);
        abridged |= Furniture.isAbridgedMark(f);
        if (Furniture.isAbridgedMark(f) || Furniture.isFurniture(f)) {
            return true;
        }
        if (only.length() <= 60 && !f.endsWith("\u3002") || Groups.isHeading(only)) {
            group = only;
            return true;
        }
        return false;
    }

    /** A heading in the number column ("一、经济发展"), or its ordinal there and its words beside it. */
    private boolean numberedHeading(String number, Set<String> distinct) {
        if (!number.isEmpty() && !RowBuilder.isNumber(number) && Groups.isHeading(number)) {
            group = number;
            return true;
        }
        if (CHINESE_ORDINAL.matcher(number).matches() && distinct.size() == 2) {
            // "一" | "经济发展" with nothing else: a heading whose ordinal sits in the number column.
            String heading = distinct.stream().skip(1).findFirst().orElse("");
            group = number.matches(".*[、.)]$") ? number + heading : number + "、" + heading;
            return true;
        }
        return false;
    }

    static String role(Column c) {
        return c == null ? "extra" : c.name().toLowerCase(java.util.Locale.ROOT);
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
