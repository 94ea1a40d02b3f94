package org.luoshi.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cell stage for a table copied from a portal page as text: one cell per line, blank lines between cells,
 * a progress cell running over several paragraphs, and each row opening with a line that holds only its number
 * (or, without a number column, anchored by its unit cell). The header (one name per line, or all names on one
 * line) gives the column order; the progress column is the only one that takes many paragraphs, so the columns
 * before it are read from the front of a row and the columns after it from the back ({@link Cells}). The
 * result is blocks as a format with real cells would give them: a header row, one row of cells per task, and
 * headings and other lines between them, read by the same row and column stage ({@link CellRows}).
 */
final class TextTable {

    /**
     * The blocks made of the lines, and the columns of each header row among them (by block index), as the
     * lines showed them: the row stage takes these instead of finding and naming the header again.
     */
    record Made(List<Block> blocks, java.util.Map<Integer, List<Column>> headers) {}

    /** "1.新建改建污水管网10公里。": a number run into the task text, read as a row start only where no row has a bare number. */
    private static final Pattern NUMBERED = Pattern.compile("^[((]?(\\d{1,5})[))]?[.、.](?!\\d)\\s*(\\S.*)$");

    private static final Pattern RUN_TOGETHER =
            Pattern.compile("^[((]?(\\d{1,5})[))]?[.、.]?[ \\t\\u3000\\u00A0]+\\S.*");

    private TextTable() {}

    /** Null when the lines hold no header naming the columns. */
    static Made cells(List<String> lines) {
        int[] header = TextHeader.find(lines);
        if (header == null) {
            return null;
        }
        List<String> headers = new ArrayList<>();
        List<Column> columns = new ArrayList<>();
        names(lines, header, headers, columns);
        List<Block> out = new ArrayList<>();
        lines.subList(0, header[0]).forEach(l -> out.add(Block.line(l)));
        if (!columns.contains(Column.NUMBER)) {
            return UnitAnchoredRows.cells(lines, header[1], columns, headers, out, !blankSeparated(lines, header[1]));
        }
        return new Rows(lines, header[1], headers, columns).read(out);
    }

    /**
     * The names of the header lines [from, to) and their columns as the vocabulary knows them (null where it does
     * not). All names on one line are set apart by spaces; one name per line may itself hold a space ("牵头 单位").
     */
    private static void names(List<String> lines, int[] header, List<String> names, List<Column> columns) {
        boolean oneLine = header[1] - header[0] == 1;
        for (int i = header[0]; i < header[1]; i++) {
            String f = oneLine ? Chinese.foldKeepingSpaces(lines.get(i)) : Chinese.fold(lines.get(i));
            for (String name : f.split(" ")) {
                if (!name.isEmpty()) {
                    names.add(name);
                    columns.add(Column.recognise(name));
                }
            }
        }
    }

    /** The rows under a header with a number column: each opens with its number; its paragraphs follow. */
    private static final class Rows {
        private final List<String> lines;
        private final int from;
        private final boolean linePerCell;
        private final boolean bareNumbers;
        private final List<Pending> pending = new ArrayList<>();
        private final List<List<String>> paragraphs = new ArrayList<>();
        private List<Column> columns;
        private List<String> sectionHeaders;
        private String group = "";
        private String number;
        private int expected = 1;

        Rows(List<String> lines, int from, List<String> headers, List<Column> columns) {
            this.lines = lines;
            this.from = from;
            this.columns = columns;
            this.sectionHeaders = new ArrayList<>(headers);
            this.linePerCell = !blankSeparated(lines, from);
            this.bareNumbers = lines.subList(from, lines.size()).stream().anyMatch(RowBuilder::isNumber);
            pending.add(Pending.header(headers, columns));
        }

        Made read(List<Block> out) {
            for (int i = from; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                String f = Chinese.fold(line);
                if (Furniture.isEnd(f) || Furniture.isAbridgedMark(f)) {
                    between(line);
                    if (Furniture.isEnd(f)) {
                        break;
                    }
                    continue;
                }
                if (Furniture.isFurniture(f)) {
                    continue;
                }
                int section = sectionHeader(i, line);
                if (section > 0) {
                    i += section - 1;
                    continue;
                }
                List<String> cells = rowStart(i, line);
                if (cells == null
                        && Groups.isHeading(line)
                        && nextRowStartsAt(lines, i + 1)
                        && (number == null || complete(paragraphs, columns))) {
                    between(line);
                    group = line;
                } else if (cells != null) {
                    finish(number, paragraphs, columns, sectionHeaders, group, pending);
                    number = cells.get(0);
                    expected = RowBuilder.leading(number) + 1;
                    for (String c : cells.subList(1, cells.size())) {
                        paragraphs.add(new ArrayList<>(List.of(c)));
                    }
                } else if (number == null) {
                    if (!line.isEmpty()) {
                        pending.add(Pending.line(line));
                    }
                } else {
                    paragraph(line);
                }
            }
            finish(number, paragraphs, columns, sectionHeaders, group, pending);
            java.util.Map<Integer, List<Column>> headerRows = new java.util.HashMap<>();
            build(pending, out, headerRows);
            return new Made(out, headerRows);
        }

        /** A line between rows: the row before it ends. */
        private void between(String line) {
            finish(number, paragraphs, columns, sectionHeaders, group, pending);
            number = null;
            pending.add(Pending.line(line));
        }

        /** A new header naming the number column (an indicator table, then a task table): its line count, or 0. */
        private int sectionHeader(int i, String line) {
            if (line.length() > 16 || !Column.mayNameNumbers(line) || Column.recognise(line) != Column.NUMBER) {
                return 0;
            }
            int[] next = TextHeader.find(lines.subList(i, Math.min(lines.size(), i + 40)));
            if (next == null || next[0] != 0) {
                return 0;
            }
            finish(number, paragraphs, columns, sectionHeaders, group, pending);
            number = null;
            columns = new ArrayList<>();
            List<String> names = new ArrayList<>();
            names(lines, new int[] {i, i + next[1]}, names, columns);
            sectionHeaders = names;
            pending.add(Pending.header(names, columns));
            expected = 1;
            return next[1];
        }

        /** The cells a line opens a row with (its number first), or null when it opens none. */
        private List<String> rowStart(int i, String line) {
            if (RowBuilder.isNumber(line)) {
                return List.of(line);
            }
            if (RUN_TOGETHER.matcher(line).matches() && startsRow(line, expected)) {
                return List.of(TextHeader.SPACES.split(line));
            }
            if (!bareNumbers) {
                Matcher numbered = NUMBERED.matcher(line);
                if (numbered.matches()
                        && Integer.parseInt(numbered.group(1)) == expected
                        && unitFollows(lines, i + 1, columns)) {
                    return List.of(numbered.group(1), numbered.group(2));
                }
            }
            return null;
        }

        /** A line of the open row: a blank line ends a paragraph; without blank lines every line is one. */
        private void paragraph(String line) {
            if (line.isEmpty()) {
                if (!paragraphs.isEmpty()
                        && !paragraphs.get(paragraphs.size() - 1).isEmpty()) {
                    paragraphs.add(new ArrayList<>());
                }
            } else {
                if (paragraphs.isEmpty() || linePerCell) {
                    paragraphs.add(new ArrayList<>());
                }
                paragraphs.get(paragraphs.size() - 1).add(line);
            }
        }
    }

    /** A row that already holds a paragraph for every column: a short line after it is no cell of it. */
    private static boolean complete(List<List<String>> paragraphs, List<Column> columns) {
        long filled = paragraphs.stream().filter(p -> !p.isEmpty()).count();
        long cells = columns.stream().filter(c -> c != Column.NUMBER).count();
        return filled >= cells;
    }

    /** Whether cells are set apart by blank lines; without them every line is a cell of its own. */
    static boolean blankSeparated(List<String> lines, int from) {
        int blanks = 0;
        int filled = 0;
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                blanks++;
            } else {
                filled++;
            }
        }
        return blanks * 3 >= filled;
    }

    private static boolean startsRow(String line, int expected) {
        var m = RUN_TOGETHER.matcher(line);
        return m.matches()
                && Integer.parseInt(m.group(1)) == expected
                && TextHeader.SPACES.split(line.strip()).length >= 3;
    }

    /** Where the unit column comes right after the task text, the next line must read as units. */
    private static boolean unitFollows(List<String> lines, int from, List<Column> columns) {
        int content = columns.indexOf(Column.CONTENT);
        if (content < 0 || content + 1 >= columns.size() || columns.get(content + 1) != Column.LEAD) {
            return true;
        }
        for (int i = from; i < lines.size() && i < from + 3; i++) {
            if (!lines.get(i).isBlank()) {
                return Units.looksLikeUnits(lines.get(i));
            }
        }
        return false;
    }

    private static boolean nextRowStartsAt(List<String> lines, int from) {
        for (int i = from; i < lines.size() && i < from + 4; i++) {
            String l = lines.get(i).strip();
            if (!l.isEmpty()) {
                return RowBuilder.isNumber(l) || RUN_TOGETHER.matcher(l).matches() || Groups.isHeading(l);
            }
        }
        return false;
    }

    /**
     * A row whose cells wait for their columns to be classified, or (number null) a line between rows, or
     * (paragraphs null) a header row.
     */
    private record Pending(
            String number, List<List<String>> paragraphs, List<Column> columns, List<String> headers, String group) {

        static Pending line(String text) {
            return new Pending(null, List.of(List.of(text)), List.of(), List.of(), "");
        }

        static Pending header(List<String> names, List<Column> columns) {
            return new Pending(null, null, columns, List.copyOf(names), "");
        }

        boolean isRow() {
            return number != null;
        }
    }

    private static void finish(
            String number,
            List<List<String>> paragraphs,
            List<Column> columns,
            List<String> headers,
            String group,
            List<Pending> pending) {
        if (number == null) {
            paragraphs.clear();
            return;
        }
        paragraphs.removeIf(List::isEmpty);
        List<List<String>> copy = new ArrayList<>();
        for (List<String> p : paragraphs) {
            copy.add(new ArrayList<>(p));
        }
        pending.add(new Pending(number, copy, columns, headers, group));
        paragraphs.clear();
    }

    /**
     * Makes the blocks: each row's paragraphs shared out to its columns, the columns whose header names were
     * unknown named first by the paragraphs of the rows under them.
     */
    private static void build(List<Pending> pending, List<Block> out, java.util.Map<Integer, List<Column>> headerRows) {
        java.util.Map<List<Column>, List<Column>> classified = new java.util.IdentityHashMap<>();
        for (Pending p : pending) {
            if (p.paragraphs() == null) {
                headerRows.put(out.size(), classified.computeIfAbsent(p.columns(), c -> classify(c, pending)));
                out.add(Block.row(p.headers()));
            } else if (!p.isRow()) {
                out.add(Block.line(p.paragraphs().get(0).get(0)));
            } else {
                List<Column> columns = classified.computeIfAbsent(p.columns(), c -> classify(c, pending));
                List<String> cells = Cells.assign(p.paragraphs(), columns);
                int numberAt = columns.indexOf(Column.NUMBER);
                if (numberAt >= 0) {
                    cells.set(numberAt, p.number());
                }
                out.add(Block.row(cells));
            }
        }
    }

    private static List<Column> classify(List<Column> columns, List<Pending> pending) {
        if (!columns.contains(null)) {
            return columns;
        }
        List<Column> prior = new ArrayList<>();
        for (Column c : columns) {
            if (c != Column.NUMBER) {
                prior.add(c);
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (Pending p : pending) {
            if (p.isRow() && p.columns() == columns && p.paragraphs().size() == prior.size()) {
                rows.add(p.paragraphs().stream().map(x -> String.join("\n", x)).toList());
            }
        }
        List<ColumnsByContent.Assigned> assigned = ColumnsByContent.classify(prior, rows);
        List<Column> out = new ArrayList<>();
        int k = 0;
        for (Column c : columns) {
            out.add(c == Column.NUMBER ? c : assigned.get(k++).column());
        }
        return out;
    }
}
