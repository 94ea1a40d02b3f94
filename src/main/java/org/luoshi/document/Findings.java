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
 * progress text copied under several tasks, an abridged publication, tasks without a unit.
 */
final class Findings {

    private static final Pattern DIGITS = Pattern.compile("\\d{1,4}");
    /** Punctuation, spaces and list markers ("1.", "一是") do not make two progress texts different. */
    private static final Pattern NOISE = Pattern.compile("[\\s\\p{P}\\p{S}]|(?<![\\d.])\\d{1,2}[.、]|[一二三四五六七八九十]是");
    private static final int MIN_COPIED_LENGTH = 20;

    private Findings() {
    }

    static List<Finding> of(List<TaskRow> tasks, boolean abridged) {
        List<Finding> out = new ArrayList<>();
        numbering(tasks, out);
        copiedProgress(tasks, out);
        List<String> noUnit = tasks.stream().filter(t -> t.leadUnits().isEmpty() && !t.number().isEmpty()).map(TaskRow::number).toList();
        if (!noUnit.isEmpty() && noUnit.size() < tasks.size()) {
            out.add(new Finding("missing-unit", noUnit, "序号" + String.join("、", noUnit) + "未写明牵头单位"));
        }
        if (abridged) {
            out.add(new Finding("abridged", List.of(), "文档注明“本文有删减”,所列任务可能不全"));
        }
        return out;
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
                    out.add(new Finding("duplicate-number", List.of(String.valueOf(n)),
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
            String key = NOISE.matcher(tasks.get(i).progress()).replaceAll("");
            keys.add(key);
            if (key.length() >= MIN_COPIED_LENGTH) {
                // Nearly identical texts share their opening; comparing only within a prefix bucket keeps this linear.
                byKey.computeIfAbsent(key.substring(0, MIN_COPIED_LENGTH), k -> new ArrayList<>()).add(i);
            }
        }
        boolean[] reported = new boolean[tasks.size()];
        for (int i = 0; i < tasks.size(); i++) {
            String key = keys.get(i);
            if (reported[i] || key.length() < MIN_COPIED_LENGTH) {
                continue;
            }
            List<Integer> same = new ArrayList<>();
            for (int j : byKey.get(key.substring(0, MIN_COPIED_LENGTH))) {
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
                numbers.add(tasks.get(j).number().isEmpty() ? "第" + (j + 1) + "项" : tasks.get(j).number());
            }
            out.add(new Finding("copied-progress", numbers, "序号" + String.join("、", numbers) + "的进展情况相同"));
        }
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
