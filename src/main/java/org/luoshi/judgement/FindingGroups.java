package org.luoshi.judgement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A period's findings as an office reads them: by kind (in the order the rules report them), then by lead unit,
 * each group counted, instead of one line per task. Plain Java over {@link Line}s, filtered by kind and unit.
 */
public final class FindingGroups {

    /** One finding of one task, with the task's printed number and its first lead unit ("" when none). */
    /** @param text the message by its code (null for rows written before codes) */
    public record Line(
            String kind, Long taskId, String taskNumber, String unit, String message, org.luoshi.Phrase text) {

        /** A line known only by its Chinese message. */
        public Line(String kind, Long taskId, String taskNumber, String unit, String message) {
            this(kind, taskId, taskNumber, unit, message, null);
        }

        /** The message in {@code locale}. */
        public String text(java.util.Locale locale) {
            return text == null ? message : text.in(locale);
        }
    }

    public record UnitGroup(String unit, int count, List<Line> lines) {}

    public record KindGroup(String kind, int count, List<UnitGroup> units) {}

    private FindingGroups() {}

    /** The lines of {@code kind} and {@code unit} (blank: any), in the order given. */
    public static List<Line> filter(List<Line> lines, String kind, String unit) {
        return lines.stream()
                .filter(l -> kind == null || kind.isBlank() || l.kind().equals(kind))
                .filter(l -> unit == null || unit.isBlank() || l.unit().equals(unit))
                .toList();
    }

    public static List<KindGroup> group(List<Line> lines) {
        Map<String, List<Line>> byKind = new LinkedHashMap<>();
        lines.forEach(
                l -> byKind.computeIfAbsent(l.kind(), k -> new ArrayList<>()).add(l));
        List<KindGroup> groups = new ArrayList<>();
        byKind.forEach((kind, ofKind) -> {
            Map<String, List<Line>> byUnit = new TreeMap<>();
            ofKind.forEach(l ->
                    byUnit.computeIfAbsent(l.unit(), u -> new ArrayList<>()).add(l));
            List<UnitGroup> units = byUnit.entrySet().stream()
                    .map(e -> new UnitGroup(e.getKey(), e.getValue().size(), List.copyOf(e.getValue())))
                    .sorted((a, b) -> Integer.compare(b.count(), a.count()))
                    .toList();
            groups.add(new KindGroup(kind, ofKind.size(), units));
        });
        return groups;
    }

    /** How many findings of each kind, in the order the rules report them. */
    public static Map<String, Integer> counts(List<Line> lines) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        lines.forEach(l -> counts.merge(l.kind(), 1, Integer::sum));
        return counts;
    }
}
