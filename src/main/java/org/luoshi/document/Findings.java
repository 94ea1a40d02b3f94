package org.luoshi.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The data-quality observations an office wants before importing: numbers printed twice or skipped, one
 * progress text copied under several tasks, an abridged publication, tasks without a unit, lead units that do not
 * look like an organisation.
 */
final class Findings {

    private static final Pattern DIGITS = Pattern.compile("\\d{1,5}");
    private static final int MIN_COPIED_LENGTH = 20;
    private static final int MAX_COMPARED = 64;

    private Findings() {}

    static List<Finding> of(List<TaskRow> tasks, boolean abridged) {
        List<Finding> out = new ArrayList<>();
        numbering(tasks, out);
        copiedProgress(tasks, out);
        List<String> noUnit = tasks.stream()
                .filter(t -> t.leadUnits().isEmpty() && !t.number().isEmpty())
                .map(TaskRow::number)
                .toList();
        if (!noUnit.isEmpty() && noUnit.size() < tasks.size()) {
            out.add(new Finding("missing-unit", noUnit, "序号" + String.join("、", noUnit) + "未写明牵头单位"));
        }
        unknownUnits(tasks, out);
        if (abridged) {
            out.add(new Finding("abridged", List.of(), "文档注明“本文有删减”,所列任务可能不全"));
        }
        return out;
    }

    /** Lead units that do not look like an organisation ({@link UnitNames}): one finding, a few examples. */
    private static void unknownUnits(List<TaskRow> tasks, List<Finding> out) {
        List<String> numbers = new ArrayList<>();
        List<String> examples = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            TaskRow t = tasks.get(i);
            String bad = null;
            for (String u : t.leadUnits()) {
                if (UnitNames.problem(u) != null) {
                    bad = u;
                    break;
                }
            }
            if (bad != null) {
                numbers.add(t.number().isEmpty() ? "第" + (i + 1) + "项" : t.number());
                if (examples.size() < 3) {
                    String shown = bad.length() > 20 ? bad.substring(0, 20) + "…" : bad;
                    examples.add("“" + shown.replace('\n', ' ') + "”(" + UnitNames.problem(bad) + ")");
                }
            }
        }
        if (!numbers.isEmpty()) {
            String which = numbers.size() > 10
                    ? String.join("、", numbers.subList(0, 10)) + "等" + numbers.size() + "项"
                    : String.join("、", numbers);
            out.add(new Finding("unknown-unit", numbers, "序号" + which + "的牵头单位不像单位名称:" + String.join(" ", examples)));
        }
    }

    /** Numbering restarts at 1 in a new section (indicators, then tasks); each run is checked on its own. */
    private static void numbering(List<TaskRow> tasks, List<Finding> out) {
        List<List<Integer>> runs = new ArrayList<>();
        List<Integer> run = null;
        for (TaskRow t : tasks) {
            if (!DIGITS.matcher(t.number()).matches()) {
                continue;
            }
            int n = Integer.parseInt(t.number());
            if (run == null || n == 1 && !run.isEmpty() && run.get(run.size() - 1) != 1) {
                run = new ArrayList<>();
                runs.add(run);
            }
            run.add(n);
        }
        for (List<Integer> r : runs) {
            Map<Integer, Integer> counts = new LinkedHashMap<>();
            r.forEach(n -> counts.merge(n, 1, Integer::sum));
            counts.forEach((n, c) -> {
                if (c > 1) {
                    out.add(new Finding(
                            "duplicate-number",
                            List.of(String.valueOf(n)),
                            "序号" + n + "出现" + (c == 2 ? "两" : String.valueOf(c)) + "次"));
                }
            });
            TreeSet<Integer> seen = new TreeSet<>(counts.keySet());
            int max = seen.last();
            if (max - seen.first() > 5000) {
                continue;
            }
            for (int n = Math.min(1, seen.first()); n <= max; n++) {
                if (!seen.contains(n) && n > 0) {
                    out.add(new Finding("missing-number", List.of(String.valueOf(n)), "序号" + n + "缺失"));
                }
            }
        }
    }

    private static void copiedProgress(List<TaskRow> tasks, List<Finding> out) {
        Map<String, List<Integer>> byKey = new HashMap<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            String key = letters(tasks.get(i).progress());
            keys.add(key);
            if (key.length() >= MIN_COPIED_LENGTH) {
                // Nearly identical texts share their opening; comparing only within a prefix bucket keeps this linear.
                byKey.computeIfAbsent(key.substring(0, MIN_COPIED_LENGTH), k -> new ArrayList<>())
                        .add(i);
            }
        }
        boolean[] reported = new boolean[tasks.size()];
        for (int i = 0; i < tasks.size(); i++) {
            String key = keys.get(i);
            if (reported[i] || key.length() < MIN_COPIED_LENGTH) {
                continue;
            }
            List<Integer> same = new ArrayList<>();
            List<Integer> bucket = byKey.get(key.substring(0, MIN_COPIED_LENGTH));
            // Bounded so that a document of many look-alike texts cannot make this quadratic.
            for (int j : bucket.subList(0, Math.min(bucket.size(), MAX_COMPARED))) {
                if (j != i && !reported[j] && nearlyEqual(key, keys.get(j))) {
                    same.add(j);
                }
            }
            if (same.isEmpty()) {
                continue;
            }
            same.add(0, i);
            List<String> numbers = new ArrayList<>();
            for (int j : same) {
                reported[j] = true;
                numbers.add(
                        tasks.get(j).number().isEmpty()
                                ? "第" + (j + 1) + "项"
                                : tasks.get(j).number());
            }
            out.add(new Finding("copied-progress", numbers, "序号" + String.join("、", numbers) + "的进展情况相同"));
        }
    }

    /** Punctuation and spaces do not make two progress texts different. */
    private static String letters(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Equal, or differing in no more than a twentieth of the longer text outside a common start and end. */
    static boolean nearlyEqual(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int longer = Math.max(a.length(), b.length());
        if (Math.abs(a.length() - b.length()) * 20 > longer) {
            return false;
        }
        int prefix = 0;
        int limit = Math.min(a.length(), b.length());
        while (prefix < limit && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < limit - prefix && a.charAt(a.length() - 1 - suffix) == b.charAt(b.length() - 1 - suffix)) {
            suffix++;
        }
        return (longer - prefix - suffix) * 20 <= longer;
    }
}
