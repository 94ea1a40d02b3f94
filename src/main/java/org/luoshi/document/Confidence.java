package org.luoshi.document;

import java.util.ArrayList;
import java.util.List;

/**
 * How sure the reader is of each task row and of the document's layout, with the evidence, so that the import
 * preview can mark the weak parts for the office to check. Rules of thumb, each named in the evidence: a
 * printed number in sequence, units found and plausible, a progress text where the layout has progress, a task
 * text of some length.
 */
final class Confidence {

    /** Layouts by how much structure they rest on. */
    private static double base(String layout) {
        return switch (layout) {
            case "table" -> 0.85;
            case "text-table" -> 0.8;
            case "numbered-paragraphs" -> 0.75;
            case "named-items" -> 0.65;
            case "project-paragraphs" -> 0.55;
            default -> 0.5;
        };
    }

    private Confidence() {}

    static Reading of(String layout, List<TaskRow> tasks, List<Reading.ColumnReading> columns) {
        double base = base(layout);
        boolean anyProgress = tasks.stream().anyMatch(t -> !t.progress().isEmpty());
        boolean anyUnits = tasks.stream().anyMatch(t -> !t.leadUnits().isEmpty());
        List<Reading.RowReading> rows = new ArrayList<>(tasks.size());
        int previous = 0;
        double sum = 0;
        for (TaskRow t : tasks) {
            double c = base;
            List<String> evidence = new ArrayList<>();
            evidence.add("layout " + layout);
            int n = RowBuilder.leading(t.number());
            if (!t.number().isEmpty()) {
                boolean inSequence = n == previous + 1 || n == 1 || n == 0;
                c += inSequence ? 0.05 : -0.05;
                evidence.add(
                        inSequence
                                ? "printed number " + t.number() + " in sequence"
                                : "printed number " + t.number() + " out of sequence");
                previous = n == 0 ? previous : n;
            } else {
                evidence.add("no printed number");
            }
            if (!t.leadUnits().isEmpty()) {
                boolean plausible = t.leadUnits().stream().allMatch(u -> UnitNames.problem(u) == null);
                c += plausible ? 0.05 : -0.15;
                evidence.add(plausible ? "lead units found" : "a lead unit does not look like one");
            } else if (anyUnits) {
                c -= 0.1;
                evidence.add("no lead unit where other rows have one");
            }
            if (t.progress().isEmpty() && anyProgress) {
                c -= 0.1;
                evidence.add("no progress where other rows have one");
            }
            if (Chinese.fold(t.content()).length() < 4) {
                c -= 0.3;
                evidence.add("task text very short");
            }
            c = Math.max(0.05, Math.min(0.99, c));
            c = Math.round(c * 100) / 100.0;
            sum += c;
            rows.add(new Reading.RowReading(c, String.join("; ", evidence)));
        }
        double document = tasks.isEmpty() ? 0 : Math.round(sum / tasks.size() * 100) / 100.0;
        return new Reading(layout, document, columns, rows);
    }
}
