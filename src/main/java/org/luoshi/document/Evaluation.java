package org.luoshi.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.luoshi.text.Quantity;
import tools.jackson.databind.JsonNode;

/**
 * Scores an extract against a gold annotation (CANONICAL-JSON.md minus the full texts): tasks are matched
 * in order by the start of their content; lead units must be equal; targets and actuals are compared as
 * multisets of (unit, normalized value) per matched task; status accuracy leaves out gold "unclear".
 */
public final class Evaluation {

    /** How far ahead of the last match a gold task is looked for, so that one missed task does not derail the rest. */
    private static final int WINDOW = 30;

    /** One gold task; quantities as "unit|normalized" keys. */
    record GoldTask(
            String number,
            List<String> leadUnits,
            String contentStart,
            String progressStart,
            List<String> targets,
            List<String> actuals,
            String status) {}

    /** Precision, recall and F1 from true positives, false positives and false negatives. */
    public record Prf(int tp, int fp, int fn) {
        public double precision() {
            return tp + fp == 0 ? (fn == 0 ? 1 : 0) : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? (fp == 0 ? 1 : 0) : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** The scores; ratios are over gold tasks, or over matched tasks where so named. */
    public record Result(
            int goldTasks,
            int extractedTasks,
            int matched,
            int numbersEqual,
            int leadUnitsEqual,
            int progressStartEqual,
            Prf targets,
            Prf actuals,
            int statusJudged,
            int statusCorrect,
            List<String> mismatches) {

        public double statusAccuracy() {
            return statusJudged == 0 ? 1 : (double) statusCorrect / statusJudged;
        }
    }

    private Evaluation() {}

    public static Result score(JsonNode gold, AnalyzedDocument extract) {
        return score(goldTasks(gold), extract);
    }

    static List<GoldTask> goldTasks(JsonNode gold) {
        List<GoldTask> out = new ArrayList<>();
        for (JsonNode t : gold.path("tasks")) {
            List<String> units = new ArrayList<>();
            t.path("leadUnits").forEach(u -> units.add(u.asString()));
            out.add(new GoldTask(
                    t.path("number").asString(""),
                    units,
                    t.path("contentStart").asString(""),
                    t.path("progressStart").asString(""),
                    keys(t.path("targets")),
                    keys(t.path("actuals")),
                    t.path("status").asString("")));
        }
        return out;
    }

    private static List<String> keys(JsonNode quantities) {
        List<String> out = new ArrayList<>();
        for (JsonNode q : quantities) {
            out.add(key(q.path("unit").asString(""), q.path("normalized").decimalValue()));
        }
        return out;
    }

    static String key(String unit, BigDecimal normalized) {
        return unit + "|"
                + (normalized == null ? "" : normalized.stripTrailingZeros().toPlainString());
    }

    static Result score(List<GoldTask> gold, AnalyzedDocument extract) {
        List<AnalyzedTask> tasks = extract.tasks();
        int next = 0;
        int matched = 0, numbers = 0, units = 0, progress = 0, judged = 0, correct = 0;
        int[] t = new int[3];
        int[] a = new int[3];
        List<String> mismatches = new ArrayList<>();
        for (GoldTask g : gold) {
            int found = -1;
            for (int i = next; i < tasks.size() && i < next + WINDOW && found < 0; i++) {
                if (sameStart(g.contentStart(), tasks.get(i).row().content())) {
                    found = i;
                }
            }
            if (found < 0) {
                mismatches.add("序号" + g.number() + ": 未找到任务 / task not found: " + g.contentStart());
                t[2] += g.targets().size();
                a[2] += g.actuals().size();
                continue;
            }
            next = found + 1;
            matched++;
            AnalyzedTask x = tasks.get(found);
            numbers += g.number().equals(x.row().number()) ? 1 : 0;
            if (sameUnits(g.leadUnits(), x.row().leadUnits())) {
                units++;
            } else {
                mismatches.add(
                        "序号" + g.number() + ": 牵头单位 / lead units " + x.row().leadUnits() + " ≠ " + g.leadUnits());
            }
            progress += sameStart(g.progressStart(), x.row().progress()) ? 1 : 0;
            count(g.targets(), x.targets(), t);
            count(g.actuals(), x.actuals(), a);
            if (!g.status().isEmpty() && !g.status().equals("unclear")) {
                judged++;
                String status =
                        x.judgement() == null ? "" : x.judgement().status().code();
                if (g.status().equals(status)) {
                    correct++;
                } else {
                    mismatches.add("序号" + g.number() + ": 状态 / status " + status + " ≠ " + g.status());
                }
            }
        }
        return new Result(
                gold.size(),
                tasks.size(),
                matched,
                numbers,
                units,
                progress,
                new Prf(t[0], t[1], t[2]),
                new Prf(a[0], a[1], a[2]),
                judged,
                correct,
                mismatches);
    }

    private static void count(List<String> gold, List<Quantity> found, int[] tpFpFn) {
        Map<String, Integer> left = new HashMap<>();
        gold.forEach(k -> left.merge(k, 1, Integer::sum));
        for (Quantity q : found) {
            String k = key(q.unit(), q.normalized());
            if (left.getOrDefault(k, 0) > 0) {
                left.merge(k, -1, Integer::sum);
                tpFpFn[0]++;
            } else {
                tpFpFn[1]++;
            }
        }
        tpFpFn[2] += left.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static boolean sameUnits(List<String> gold, List<String> found) {
        List<String> g = gold.stream().map(Chinese::fold).sorted().toList();
        List<String> f = found.stream().map(Chinese::fold).sorted().toList();
        return g.equals(f);
    }

    /** True when the text opens with the gold start, both folded (punctuation width, whitespace). */
    static boolean sameStart(String goldStart, String text) {
        String g = Chinese.fold(goldStart == null ? "" : goldStart);
        String t = Chinese.fold(text == null ? "" : text);
        return g.isEmpty() ? t.isEmpty() : t.startsWith(g);
    }

    static String start(String text) {
        String f = Chinese.fold(text == null ? "" : text);
        return f.substring(0, Math.min(12, f.length()));
    }
}
