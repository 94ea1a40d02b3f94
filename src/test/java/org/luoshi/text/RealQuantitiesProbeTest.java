package org.luoshi.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Development probe, not a gate (runs only with {@code -Dluoshi.probe=true}): measures the quantity rules on real
 * text while the structural reader cannot yet find most real tasks. For each gold task of {@code ../shared/data/real}
 * it cuts the task's content and progress out of the document where the gold's contentStart and progressStart
 * occur, runs {@link QuantityExtractor} on them and compares (unit, value) multisets with the gold, printing each
 * difference. The gold's values stay here, in the test tree; nothing of them reaches main code.
 */
@EnabledIfSystemProperty(named = "luoshi.probe", matches = "true")
class RealQuantitiesProbeTest {

    private static final Path DIR = Path.of(System.getProperty("luoshi.real", "../shared/data/real"));
    private final QuantityExtractor extractor = new QuantityExtractor();

    /** A text with white space removed, and where each kept character came from. */
    record Squeezed(String text, int[] at) {
        static Squeezed of(String s) {
            StringBuilder b = new StringBuilder();
            int[] at = new int[s.length() + 1];
            int k = 0;
            for (int i = 0; i < s.length(); i++) {
                if (!Character.isWhitespace(s.charAt(i))) {
                    b.append(s.charAt(i));
                    at[k++] = i;
                }
            }
            at[k] = s.length();
            return new Squeezed(b.toString(), java.util.Arrays.copyOf(at, k + 1));
        }

        int find(String needle, int fromRaw) {
            String n = needle == null ? "" : needle.replaceAll("\\s+", "");
            if (n.isEmpty()) {
                return -1;
            }
            int from = 0;
            while (from < at.length - 1 && at[from] < fromRaw) {
                from++;
            }
            int i = text.indexOf(n, from);
            return i < 0 ? -1 : at[i];
        }
    }

    @Test
    void printsHowTheQuantityRulesFareOnRealTaskTexts() throws IOException {
        int[] t = new int[3];
        int[] a = new int[3];
        StringBuilder report = new StringBuilder();
        List<Path> golds;
        try (Stream<Path> s = Files.list(DIR)) {
            golds = s.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList();
        }
        for (Path g : golds) {
            JsonNode gold = JsonMapper.builder().build().readTree(Files.readString(g));
            String name = g.getFileName().toString().replace(".gold.json", "");
            String doc = Files.readString(DIR.resolve(name + ".txt"), StandardCharsets.UTF_8);
            Squeezed sq = Squeezed.of(doc);
            List<JsonNode> tasks = new ArrayList<>();
            gold.path("tasks").forEach(tasks::add);
            List<Integer> starts = new ArrayList<>();
            int from = 0;
            for (JsonNode task : tasks) {
                int at = sq.find(task.path("contentStart").asString(""), from);
                starts.add(at);
                if (at >= 0) {
                    from = at + 1;
                }
            }
            for (int i = 0; i < tasks.size(); i++) {
                JsonNode task = tasks.get(i);
                if (task.path("targets").isEmpty() && task.path("actuals").isEmpty()) {
                    continue;
                }
                int cs = starts.get(i);
                if (cs < 0) {
                    report.append(name)
                            .append(' ')
                            .append(task.path("number").asString())
                            .append(": content not found\n");
                    count(keys(task.path("targets")), List.of(), t);
                    count(keys(task.path("actuals")), List.of(), a);
                    continue;
                }
                int next = doc.length();
                for (int j = i + 1; j < tasks.size(); j++) {
                    if (starts.get(j) > cs) {
                        next = starts.get(j);
                        break;
                    }
                }
                int ps = sq.find(task.path("progressStart").asString(""), cs + 1);
                if (ps >= next) {
                    ps = -1;
                }
                int contentEnd = ps >= 0 ? ps : lineEnd(doc, cs, next);
                String content = doc.substring(cs, contentEnd);
                String progress = ps >= 0 ? doc.substring(ps, Math.min(next, ps + 1500)) : "";
                List<Quantity> own = extractor.targets(content);
                List<Quantity> actuals = extractor.actuals(progress, own, content);
                // As the analyzer should: a content without figures is measured against the goals its progress states.
                List<Quantity> targets = own.isEmpty() ? extractor.statedGoals(progress) : own;
                List<String> gt = keys(task.path("targets"));
                List<String> ga = keys(task.path("actuals"));
                List<String> ft =
                        targets.stream().map(q -> key(q.unit(), q.normalized())).toList();
                List<String> fa =
                        actuals.stream().map(q -> key(q.unit(), q.normalized())).toList();
                count(gt, ft, t);
                count(ga, fa, a);
                if (!sameMultiset(gt, ft) || !sameMultiset(ga, fa)) {
                    report.append(String.format(
                            "%s %s%n  content: %s%n  progress: %s%n  targets gold %s got %s%n  actuals gold %s got %s%n",
                            name, task.path("number").asString(), oneLine(content), oneLine(progress), gt, ft, ga, fa));
                }
            }
        }
        System.out.println(report);
        System.out.printf(
                "probe targets tp %d fp %d fn %d F1 %.3f; actuals tp %d fp %d fn %d F1 %.3f%n",
                t[0], t[1], t[2], f1(t), a[0], a[1], a[2], f1(a));
        assertThat(t[0] + t[2]).as("gold targets seen").isPositive();
    }

    private static int lineEnd(String doc, int from, int limit) {
        int nl = doc.indexOf('\n', from);
        return Math.min(limit, nl < 0 ? doc.length() : nl);
    }

    private static String oneLine(String s) {
        String x = s.replaceAll("\\s+", " ").strip();
        return x.length() > 300 ? x.substring(0, 300) + "…" : x;
    }

    static String key(String unit, BigDecimal v) {
        BigDecimal r = v.abs().compareTo(BigDecimal.valueOf(1_000_000)) < 0
                ? v.setScale(6, RoundingMode.HALF_EVEN)
                : v.setScale(0, RoundingMode.HALF_EVEN);
        return unit + "|" + r.stripTrailingZeros().toPlainString();
    }

    private static List<String> keys(JsonNode qs) {
        List<String> out = new ArrayList<>();
        for (JsonNode q : qs) {
            if (q.path("normalized").isNumber()) {
                out.add(key(q.path("unit").asString(""), q.path("normalized").decimalValue()));
            }
        }
        return out;
    }

    private static boolean sameMultiset(List<String> a, List<String> b) {
        return a.stream().sorted().toList().equals(b.stream().sorted().toList());
    }

    private static void count(List<String> gold, List<String> found, int[] c) {
        Map<String, Integer> left = new HashMap<>();
        gold.forEach(k -> left.merge(k, 1, Integer::sum));
        for (String k : found) {
            if (left.getOrDefault(k, 0) > 0) {
                left.merge(k, -1, Integer::sum);
                c[0]++;
            } else {
                c[1]++;
            }
        }
        c[2] += left.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static double f1(int[] c) {
        double p = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
        double r = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
