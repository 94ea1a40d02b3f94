package org.luoshi.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.luoshi.text.Quantity;
import tools.jackson.databind.JsonNode;

/**
 * Scores an extract against a gold annotation (CANONICAL-JSON.md minus the full texts), by the rules of
 * {@code shared/tools/score.py}: each gold task, in order, takes the first extracted task not yet taken whose
 * content starts with the gold's content start (or holds it within its first characters: a task may open with a
 * stray mark); lead units must be equal as sorted lists; targets and actuals are compared as multisets of (unit,
 * normalized value rounded to 6 decimals, or to the unit from 10⁶ up) per matched task, a gold figure without a
 * normalized value left out; status accuracy leaves out gold "unclear". Texts are compared folded (white space
 * dropped, full-width punctuation read as its ASCII twin).
 */
public final class Evaluation {

    /** How many characters past the gold's length a content may hold the gold's start (score.py: 8). */
    private static final int SLACK = 8;

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

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
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn); // score.py: nothing to find is all found
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

        /** Matched gold tasks over gold tasks. */
        public double taskRecall() {
            return goldTasks == 0 ? 1 : (double) matched / goldTasks;
        }

        /** Equal lead units over matched tasks (score.py's "units"). */
        public double unitsAccuracy() {
            return matched == 0 ? 0 : (double) leadUnitsEqual / matched;
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
            BigDecimal normalized = number(q.path("normalized"));
            if (normalized != null) {
                out.add(key(q.path("unit").asString(""), normalized));
            }
        }
        return out;
    }

    /** A number, or a string that holds one (score.py reads both with float()); else null. */
    private static BigDecimal number(JsonNode n) {
        if (n.isNumber()) {
            return n.decimalValue();
        }
        if (n.isString()) {
            try {
                return new BigDecimal(n.asString().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** "unit|value": the unit without white space, the value rounded as score.py rounds it. */
    static String key(String unit, BigDecimal normalized) {
        BigDecimal v = normalized.abs().compareTo(MILLION) < 0
                ? normalized.setScale(6, RoundingMode.HALF_EVEN)
                : normalized.setScale(0, RoundingMode.HALF_EVEN);
        return unit.replaceAll("\\s+", "") + "|" + v.stripTrailingZeros().toPlainString();
    }

    static Result score(List<GoldTask> gold, AnalyzedDocument extract) {
        return score(gold, extract.tasks());
    }

    /** The score of a document the reader refused: no task matched, every gold figure missed. */
    public static Result refused(JsonNode gold) {
        return score(goldTasks(gold), List.of());
    }

    private static Result score(List<GoldTask> gold, List<AnalyzedTask> tasks) {
        boolean[] taken = new boolean[tasks.size()];
        int matched = 0, numbers = 0, units = 0, progress = 0, judged = 0, correct = 0;
        int[] t = new int[3];
        int[] a = new int[3];
        List<String> mismatches = new ArrayList<>();
        for (GoldTask g : gold) {
            int found = -1;
            for (int i = 0; i < tasks.size() && found < 0; i++) {
                if (!taken[i] && opensWith(g.contentStart(), tasks.get(i).row().content())) {
                    found = i;
                }
            }
            if (found < 0) {
                mismatches.add("序号" + g.number() + ": 未找到任务 / task not found: " + g.contentStart());
                t[2] += g.targets().size();
                a[2] += g.actuals().size();
                continue;
            }
            taken[found] = true;
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

    /** score.py's match: the content starts with the gold start, or holds it within its first len + 8 characters. */
    static boolean opensWith(String goldStart, String content) {
        String g = Chinese.fold(goldStart == null ? "" : goldStart);
        String t = Chinese.fold(content == null ? "" : content);
        if (g.isEmpty()) {
            return false;
        }
        return t.startsWith(g)
                || t.substring(0, Math.min(t.length(), g.length() + SLACK)).contains(g);
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

    /** The sums over several documents; ratios as score.py's totals (units over matched tasks). */
    public record Totals(
            int documents,
            int failed,
            int goldTasks,
            int extractedTasks,
            int matched,
            int leadUnitsEqual,
            Prf targets,
            Prf actuals,
            int statusJudged,
            int statusCorrect) {

        public static final Totals NONE = new Totals(0, 0, 0, 0, 0, 0, new Prf(0, 0, 0), new Prf(0, 0, 0), 0, 0);

        /** These totals with one more document; {@code failed} when the reader refused it. */
        public Totals plus(Result r, boolean failed) {
            return new Totals(
                    documents + 1,
                    this.failed + (failed ? 1 : 0),
                    goldTasks + r.goldTasks(),
                    extractedTasks + r.extractedTasks(),
                    matched + r.matched(),
                    leadUnitsEqual + r.leadUnitsEqual(),
                    sum(targets, r.targets()),
                    sum(actuals, r.actuals()),
                    statusJudged + r.statusJudged(),
                    statusCorrect + r.statusCorrect());
        }

        private static Prf sum(Prf a, Prf b) {
            return new Prf(a.tp() + b.tp(), a.fp() + b.fp(), a.fn() + b.fn());
        }

        public double taskRecall() {
            return goldTasks == 0 ? 0 : (double) matched / goldTasks;
        }

        public double unitsAccuracy() {
            return matched == 0 ? 0 : (double) leadUnitsEqual / matched;
        }

        public double statusAccuracy() {
            return statusJudged == 0 ? 0 : (double) statusCorrect / statusJudged;
        }

        public double taskPrecision() {
            return extractedTasks == 0 ? (goldTasks == 0 ? 1 : 0) : (double) matched / extractedTasks;
        }
    }
}
