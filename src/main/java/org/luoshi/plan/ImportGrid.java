package org.luoshi.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.luoshi.DomainException;
import org.luoshi.DomainException.Kind;
import org.luoshi.document.ReadDocument;

/**
 * What the reader made of a document as a grid the office can correct: one row per row read, one column per field
 * (序号, 工作内容, 牵头单位, 配合单位, 进展, then the other columns by their header). {@link Correction}s change it in
 * order; {@link #document} rebuilds the task rows from it. Rows are numbered from 1 in corrections and messages.
 */
public final class ImportGrid {

    public enum RowKind {
        TASK,
        HEADING,
        SKIPPED
    }

    /** A column as shown: its header, its role, how sure the reader was of it, whether the office set it. */
    public record Column(String name, ColumnRole role, double confidence, String evidence, boolean corrected) {}

    /** A row as shown: its cells in column order. */
    public record Row(
            int number,
            List<String> cells,
            String group,
            RowKind kind,
            double confidence,
            String evidence,
            boolean corrected) {}

    static final int MAX_CELL = 20_000;
    private static final Pattern UNIT_SEPARATORS = Pattern.compile("[\u3001,\uFF0C;\uFF1B\\s]+");

    final List<Column> columns = new ArrayList<>();
    final List<Line> lines = new ArrayList<>();

    /** A row while it is corrected. */
    static final class Line {
        List<String> cells;
        String group;
        RowKind kind = RowKind.TASK;
        double confidence;
        String evidence;
        boolean corrected;

        Line(List<String> cells, String group, double confidence, String evidence) {
            this.cells = new ArrayList<>(cells);
            this.group = group;
            this.confidence = confidence;
            this.evidence = evidence;
        }
    }

    private ImportGrid() {}

    /** The grid of a document as read. */
    public static ImportGrid of(ReadDocument document) {
        ImportGrid grid = new ImportGrid();
        GridReading.fill(grid, document);
        return grid;
    }

    String unique(String name) {
        String n = name;
        for (int i = 2; column(n) >= 0; i++) {
            n = name + "(" + i + ")";
        }
        return n;
    }

    public List<Column> columns() {
        return List.copyOf(columns);
    }

    public List<Row> rows() {
        List<Row> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            out.add(new Row(i + 1, List.copyOf(l.cells), l.group, l.kind, l.confidence, l.evidence, l.corrected));
        }
        return out;
    }

    /** Applies one correction; a correction that does not fit the grid is refused and changes nothing. */
    public void apply(Correction correction) {
        if (correction instanceof Correction.SetRole r) {
            setRole(r);
        } else if (correction instanceof Correction.Merge m) {
            merge(line(m.row()), m.row());
        } else if (correction instanceof Correction.Split s) {
            split(s);
        } else if (correction instanceof Correction.Heading h) {
            heading(h.row());
        } else if (correction instanceof Correction.NotATask n) {
            line(n.row()).kind = RowKind.SKIPPED;
        } else if (correction instanceof Correction.EditCell e) {
            edit(e);
        } else if (correction instanceof Correction.IgnoreLine i) {
            ignore(i.text());
        }
    }

    /**
     * Applies what of a layout profile fits this document (a role for a column it has, an ignored line it holds)
     * and says how many corrections applied.
     */
    public int applyProfile(List<Correction> profile) {
        int applied = 0;
        for (Correction c : profile) {
            if (c instanceof Correction.SetRole r && column(r.column()) >= 0) {
                int i = column(r.column());
                if (columns.get(i).role() != r.role()) {
                    setRole(r);
                    applied++;
                }
            } else if (c instanceof Correction.IgnoreLine i) {
                applied += ignore(i.text()) > 0 ? 1 : 0;
            }
        }
        return applied;
    }

    /** The layout corrections this grid holds: every role the office set, every row marked as not a task. */
    public List<Correction> layout() {
        List<Correction> out = new ArrayList<>();
        columns.stream().filter(Column::corrected).forEach(c -> out.add(new Correction.SetRole(c.name(), c.role())));
        lines.stream()
                .filter(l -> l.kind == RowKind.SKIPPED && !content(columns, l).isBlank())
                .map(l -> fold(content(columns, l)))
                .distinct()
                .forEach(text -> out.add(new Correction.IgnoreLine(text)));
        return out;
    }

    private void setRole(Correction.SetRole r) {
        int i = column(r.column());
        if (i < 0) {
            throw DomainException.of(Kind.BAD_INPUT, "correction-no-column", r.column());
        }
        Column c = columns.get(i);
        if (c.role() == ColumnRole.CONTENT
                && r.role() != ColumnRole.CONTENT
                && columns.stream().filter(x -> x.role() == ColumnRole.CONTENT).count() == 1) {
            throw DomainException.of(Kind.BAD_INPUT, "correction-no-content");
        }
        columns.set(i, new Column(c.name(), r.role(), 1, c.evidence(), true));
    }

    private void merge(Line line, int row) {
        if (row == 1) {
            throw DomainException.of(Kind.BAD_INPUT, "correction-first-row");
        }
        Line above = lines.get(row - 2);
        for (int i = 0; i < columns.size(); i++) {
            above.cells.set(i, joined(columns.get(i).role(), above.cells.get(i), line.cells.get(i)));
        }
        above.confidence = Math.min(above.confidence, line.confidence);
        above.corrected = true;
        lines.remove(row - 1);
    }

    private static String joined(ColumnRole role, String a, String b) {
        if (b.isBlank() || a.equals(b)) {
            return a;
        }
        if (a.isBlank()) {
            return b;
        }
        return switch (role) {
            case NUMBER -> a;
            case LEAD, CO -> String.join("\u3001", new LinkedHashSet<>(units(a + "\u3001" + b)));
            case CONTENT, PROGRESS -> a + b;
            default -> a + " " + b;
        };
    }

    private void split(Correction.Split s) {
        Line line = line(s.row());
        int at = contentColumn();
        String text = line.cells.get(at);
        if (s.at() < 1 || s.at() >= text.length()) {
            throw DomainException.of(Kind.BAD_INPUT, "correction-split-at", Math.max(1, text.length() - 1));
        }
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            ColumnRole role = columns.get(i).role();
            cells.add(
                    i == at
                            ? text.substring(s.at()).strip()
                            : role == ColumnRole.LEAD || role == ColumnRole.CO ? line.cells.get(i) : "");
        }
        line.cells.set(at, text.substring(0, s.at()).strip());
        line.corrected = true;
        Line rest = new Line(cells, line.group, line.confidence, line.evidence);
        rest.corrected = true;
        lines.add(s.row(), rest);
    }

    private void heading(int row) {
        Line line = line(row);
        if (content(columns, line).isBlank()) {
            throw DomainException.of(Kind.BAD_INPUT, "correction-empty-heading", row);
        }
        line.kind = RowKind.HEADING;
    }

    private void edit(Correction.EditCell e) {
        Line line = line(e.row());
        int i = column(e.column());
        if (i < 0) {
            throw DomainException.of(Kind.BAD_INPUT, "correction-no-column", e.column());
        }
        if (e.value().length() > MAX_CELL) {
            throw DomainException.of(Kind.BAD_INPUT, "correction-too-long", MAX_CELL);
        }
        line.cells.set(i, e.value().strip());
        line.corrected = true;
        line.confidence = 1;
    }

    private int ignore(String text) {
        String folded = fold(text);
        int n = 0;
        for (Line l : lines) {
            if (!folded.isEmpty() && fold(content(columns, l)).equals(folded)) {
                l.kind = RowKind.SKIPPED;
                n++;
            }
        }
        return n;
    }

    private Line line(int row) {
        if (row < 1 || row > lines.size()) {
            throw DomainException.of(Kind.BAD_INPUT, "correction-no-row", row, lines.size());
        }
        return lines.get(row - 1);
    }

    /** The index of the column of that name, -1 when there is none. */
    public int column(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name == null ? null : name.strip())) {
                return i;
            }
        }
        return -1;
    }

    private int contentColumn() {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).role() == ColumnRole.CONTENT) {
                return i;
            }
        }
        throw DomainException.of(Kind.BAD_INPUT, "correction-no-content");
    }

    static String content(List<Column> columns, Line l) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).role() == ColumnRole.CONTENT && !l.cells.get(i).isBlank()) {
                return l.cells.get(i);
            }
        }
        return "";
    }

    private static String fold(String text) {
        return text.replaceAll("\\s+", "");
    }

    static List<String> units(String cell) {
        List<String> out = new ArrayList<>();
        for (String u : UNIT_SEPARATORS.split(cell.strip())) {
            if (!u.isBlank() && !out.contains(u)) {
                out.add(u);
            }
        }
        return out;
    }

    /**
     * The document as corrected: the task rows rebuilt from the grid's task rows (headings group the rows below
     * them, rows without a task text are left out), the reading's column roles and row confidence following them.
     */
    public ReadDocument document(ReadDocument read) {
        return GridTasks.document(columns, lines, read);
    }

    /** The numbers of the rows that become tasks, in the order of {@link #document}'s tasks. */
    public List<Integer> taskRows() {
        return GridTasks.taskRows(columns, lines);
    }
}
