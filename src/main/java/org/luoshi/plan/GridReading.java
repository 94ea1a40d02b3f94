package org.luoshi.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.luoshi.document.ReadDocument;
import org.luoshi.document.Reading;
import org.luoshi.document.TaskRow;

/** The columns and rows of an {@link ImportGrid} as the reader left them: its fields, then its extra columns. */
final class GridReading {

    private GridReading() {}

    static void fill(ImportGrid grid, ReadDocument document) {
        Reading reading = document.reading();
        standard(grid, reading, "number", ColumnRole.NUMBER, "\u5E8F\u53F7");
        standard(grid, reading, "content", ColumnRole.CONTENT, "\u5DE5\u4F5C\u5185\u5BB9");
        standard(grid, reading, "lead", ColumnRole.LEAD, "\u7275\u5934\u5355\u4F4D");
        standard(grid, reading, "co", ColumnRole.CO, "\u914D\u5408\u5355\u4F4D");
        standard(grid, reading, "progress", ColumnRole.PROGRESS, "\u8FDB\u5C55");
        Set<String> extras = new LinkedHashSet<>();
        document.tasks().forEach(t -> extras.addAll(t.extra().keySet()));
        for (String name : extras) {
            Reading.ColumnReading read = reading.columns().stream()
                    .filter(c -> c.name().equals(name))
                    .findFirst()
                    .orElse(null);
            boolean status = name.contains("\u72B6\u6001")
                    || read != null && read.evidence().contains("status words");
            grid.columns.add(new ImportGrid.Column(
                    grid.unique(name),
                    status ? ColumnRole.STATUS : ColumnRole.OTHER,
                    read == null ? 0.5 : read.confidence(),
                    read == null ? "" : read.evidence(),
                    false));
        }
        for (int i = 0; i < document.tasks().size(); i++) {
            TaskRow t = document.tasks().get(i);
            List<String> cells = new ArrayList<>(List.of(
                    t.number(),
                    t.content(),
                    String.join("\u3001", t.leadUnits()),
                    String.join("\u3001", t.coUnits()),
                    t.progress()));
            extras.forEach(name -> cells.add(t.extra().getOrDefault(name, "")));
            Reading.RowReading row = reading.row(i);
            grid.lines.add(new ImportGrid.Line(
                    cells,
                    t.group(),
                    row == null ? reading.confidence() : row.confidence(),
                    row == null ? "" : row.evidence()));
        }
    }

    private static void standard(ImportGrid grid, Reading reading, String role, ColumnRole as, String fallback) {
        // The reader names a second column of units "lead" and reads it as the co-units.
        Reading.ColumnReading read = reading.columns().stream()
                .filter(c -> grid.column(c.name()) < 0)
                .filter(c -> c.role().equals(role)
                        || as == ColumnRole.CONTENT && c.role().equals("indicator")
                        || as == ColumnRole.CO && c.role().equals("lead"))
                .findFirst()
                .orElse(null);
        // Without a table there is no column to doubt: the rows carry the reader's doubt.
        grid.columns.add(
                read == null
                        ? new ImportGrid.Column(fallback, as, 1, "", false)
                        : new ImportGrid.Column(
                                grid.unique(read.name()), as, read.confidence(), read.evidence(), false));
    }
}
