package org.luoshi.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Measures targets and actuals on the Zhoushan sample against its hand annotation: precision, recall and F1
 * on (unit, normalized value) multisets per task. The split of the text is deliberately simple and lives
 * here, for measurement only: a line that is only a task number starts a task; then content, unit, progress.
 */
class SampleQuantitiesTest {

    private static final Path DIR = Path.of(System.getProperty("luoshi.data", "../shared/data"));
    /** The copies the repository holds, read when ../shared is not next to the clone. */
    private static final Path TEXT =
            orElse(DIR.resolve("zhoushan-2022-q3.txt"), "src/main/resources/demo/zhoushan-2022-q3.txt");

    private static final Path GOLD =
            orElse(DIR.resolve("zhoushan-2022-q3.gold.json"), "src/test/resources/samples/zhoushan-2022-q3.gold.json");

    private static Path orElse(Path p, String shipped) {
        return Files.exists(p) ? p : Path.of(shipped);
    }

    record SampleTask(String number, String content, String progress) {}

    private static List<SampleTask> tasks;
    private static JsonNode gold;
    private final QuantityExtractor extractor = new QuantityExtractor();

    @BeforeAll
    static void read() throws IOException {
        assertThat(TEXT).exists();
        assertThat(GOLD).exists();
        tasks = split(Files.readString(TEXT, StandardCharsets.UTF_8));
        gold = new ObjectMapper().readTree(GOLD.toFile()).get("tasks");
    }

    static List<SampleTask> split(String text) {
        List<String> blocks = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.isBlank()) {
                if (cur.length() > 0) {
                    blocks.add(cur.toString());
                    cur.setLength(0);
                }
            } else {
                if (cur.length() > 0) {
                    cur.append('\n');
                }
                cur.append(line);
            }
        }
        if (cur.length() > 0) {
            blocks.add(cur.toString());
        }
        List<SampleTask> out = new ArrayList<>();
        int i = 0;
        while (i < blocks.size()) {
            String b = blocks.get(i).strip();
            if (b.matches("\\d{1,3}") && i + 3 < blocks.size()) {
                int j = i + 3;
                StringBuilder progress = new StringBuilder();
                while (j < blocks.size() && !blocks.get(j).strip().matches("\\d{1,3}")) {
                    progress.append(progress.length() > 0 ? "\n" : "").append(blocks.get(j));
                    j++;
                }
                out.add(new SampleTask(
                        b, blocks.get(i + 1).strip(), progress.toString().strip()));
                i = j;
            } else {
                i++;
            }
        }
        return out;
    }

    @Test
    void splitsTheSampleIntoAllItsTasks() {
        assertThat(tasks).hasSize(gold.size());
    }

    @Test
    void meetsTheTargetAndActualAims() {
        Score targets = new Score();
        Score actuals = new Score();
        StringBuilder diff = new StringBuilder();
        for (int i = 0; i < tasks.size() && i < gold.size(); i++) {
            SampleTask t = tasks.get(i);
            JsonNode g = gold.get(i);
            List<Quantity> found = extractor.targets(t.content());
            List<Quantity> acts = extractor.actuals(t.progress(), found, t.content());
            targets.add(keys(found), goldKeys(g.get("targets")), "T #" + t.number(), diff);
            actuals.add(keys(acts), goldKeys(g.get("actuals")), "A #" + t.number(), diff);
        }
        if (Boolean.getBoolean("luoshi.diff")) {
            System.out.println(diff);
        }
        System.out.printf(
                "targets: P=%.3f R=%.3f F1=%.3f (tp=%d found=%d gold=%d)%n",
                targets.precision(), targets.recall(), targets.f1(), targets.tp, targets.found, targets.gold);
        System.out.printf(
                "actuals: P=%.3f R=%.3f F1=%.3f (tp=%d found=%d gold=%d)%n",
                actuals.precision(), actuals.recall(), actuals.f1(), actuals.tp, actuals.found, actuals.gold);
        assertThat(targets.f1()).as("targets F1").isGreaterThanOrEqualTo(0.95);
        // The aim is 0.90 (issue 3); the default floor guards what is reached today so that a change cannot
        // silently lose ground. Run with -Dluoshi.actualsAim=0.90 to check the aim itself.
        assertThat(actuals.f1())
                .as("actuals F1")
                .isGreaterThanOrEqualTo(Double.parseDouble(System.getProperty("luoshi.actualsAim", "0.88")));
    }

    static String key(String unit, BigDecimal normalized) {
        return unit + "|" + normalized.stripTrailingZeros().toPlainString();
    }

    static List<String> keys(List<Quantity> qs) {
        List<String> out = new ArrayList<>();
        for (Quantity q : qs) {
            out.add(key(q.unit(), q.normalized()) + " «" + q.text() + "»");
        }
        return out;
    }

    static List<String> goldKeys(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode q : array) {
            out.add(key(q.get("unit").asString(), q.get("normalized").decimalValue()) + " «"
                    + q.get("text").asString() + "»");
        }
        return out;
    }

    static final class Score {
        int tp;
        int found;
        int gold;

        void add(List<String> foundKeys, List<String> goldKeys, String label, StringBuilder diff) {
            Map<String, Integer> g = new HashMap<>();
            for (String k : goldKeys) {
                g.merge(bare(k), 1, Integer::sum);
            }
            List<String> extra = new ArrayList<>();
            for (String k : foundKeys) {
                Integer c = g.get(bare(k));
                if (c != null && c > 0) {
                    g.put(bare(k), c - 1);
                    tp++;
                } else {
                    extra.add(k);
                }
            }
            List<String> missing = new ArrayList<>();
            Map<String, Integer> left = new HashMap<>(g);
            for (String k : goldKeys) {
                Integer c = left.get(bare(k));
                if (c != null && c > 0) {
                    missing.add(k);
                    left.put(bare(k), c - 1);
                }
            }
            found += foundKeys.size();
            gold += goldKeys.size();
            if (!extra.isEmpty() || !missing.isEmpty()) {
                diff.append(label)
                        .append("  extra=")
                        .append(extra)
                        .append("  missing=")
                        .append(missing)
                        .append('\n');
            }
        }

        private static String bare(String k) {
            int at = k.indexOf(" «");
            return at < 0 ? k : k.substring(0, at);
        }

        double precision() {
            return found == 0 ? 0 : (double) tp / found;
        }

        double recall() {
            return gold == 0 ? 0 : (double) tp / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }
}
