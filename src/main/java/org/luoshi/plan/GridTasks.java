package org.luoshi.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.luoshi.document.ReadDocument;
import org.luoshi.document.Reading;
import org.luoshi.document.TaskRow;
import org.luoshi.plan.ImportGrid.Line;

/** The task rows an {@link ImportGrid} stands for, rebuilt from its columns' roles and its rows' kinds. */
final class GridTasks {

    private GridTasks() {}

    /**
     * The document as corrected: the task rows rebuilt from the grid's task rows (headings group the rows below
     * them, rows without a task text are left out), the reading's column roles and row confidence following them.
     */
    static ReadDocument document(List<ImportGrid.Column> columns, List<Line> lines, ReadDocument read) {
        List<TaskRow> tasks = new ArrayList<>();
        List<Reading.RowReading> readings = new ArrayList<>();
        String heading = null;
        String base = null;
        for (Line l : lines) {
            if (l.kind == ImportGrid.RowKind.HEADING) {
                heading = ImportGrid.content(columns, l).strip();
                base = null;
                continue;
            }
            if (l.kind == ImportGrid.RowKind.SKIPPED) {
                continue;
            }
            String group = l.group;
            if (heading != null) {
                // A marked heading groups the rows below it until the reader's own grouping changes.
                base = base == null ? l.group : base;
                if (l.group.equals(base)) {
                    group = heading;
                } else {
                    heading = null;
                }
            }
            TaskRow task = task(columns, l, group);
            if (task.content().isBlank()) {
                continue;
            }
            tasks.add(task);
            readings.add(new Reading.RowReading(l.confidence, l.corrected ? "corrected by the office" : l.evidence));
        }
        List<Reading.ColumnReading> cols = columns.stream()
                .map(c -> new Reading.ColumnReading(c.name(), readerRole(c.role()), c.confidence(), c.evidence()))
                .toList();
        Reading reading = new Reading(read.reading().layout(), read.reading().confidence(), cols, readings);
        return new ReadDocument(
                read.title(),
                read.government(),
                read.year(),
                read.periodLabel(),
                read.periodEnd(),
                read.expectedShare(),
                read.disclosure(),
                tasks,
                CorrectedFindings.of(read.findings(), tasks),
                reading);
    }

    /** The numbers of the rows that become tasks, in the order of {@link #document}'s tasks. */
    static List<Integer> taskRows(List<ImportGrid.Column> columns, List<Line> lines) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.kind == ImportGrid.RowKind.TASK
                    && !task(columns, l, l.group).content().isBlank()) {
                out.add(i + 1);
            }
        }
        return out;
    }

    private static TaskRow task(List<ImportGrid.Column> columns, Line l, String group) {
        String number = "";
        StringBuilder content = new StringBuilder();
        StringBuilder progress = new StringBuilder();
        List<String> lead = new ArrayList<>();
        List<String> co = new ArrayList<>();
        Map<String, String> extra = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            String cell = l.cells.get(i).strip();
            ImportGrid.Column c = columns.get(i);
            switch (c.role()) {
                case NUMBER -> number = number.isEmpty() ? cell : number;
                case CONTENT -> append(content, cell);
                case PROGRESS -> append(progress, cell);
                case LEAD ->
                    ImportGrid.units(cell).stream()
                            .filter(u -> !lead.contains(u))
                            .forEach(lead::add);
                case CO ->
                    ImportGrid.units(cell).stream().filter(u -> !co.contains(u)).forEach(co::add);
                case STATUS, OTHER -> {
                    if (!cell.isEmpty()) {
                        extra.put(c.name(), cell);
                    }
                }
                case IGNORE -> {}
            }
        }
        return new TaskRow(number, content.toString(), lead, co, progress.toString(), group, extra);
    }

    private static void append(StringBuilder sb, String cell) {
        if (!cell.isEmpty()) {
            sb.append(sb.isEmpty() ? "" : "\n").append(cell);
        }
    }

    private static String readerRole(ColumnRole role) {
        return switch (role) {
            case STATUS, OTHER -> "extra";
            default -> role.code();
        };
    }
}
