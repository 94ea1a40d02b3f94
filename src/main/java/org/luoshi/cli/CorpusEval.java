package org.luoshi.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.luoshi.document.Evaluation;
import org.luoshi.document.UnreadableDocumentException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Scores every {@code NAME.gold.json} of a folder against its document (the gold's "document" field, else
 * {@code NAME.txt}), as {@code shared/tools/score.py} does: one row per document, then the totals. A document
 * the reader refuses is a failed row whose gold tasks and figures all count as missed.
 */
final class CorpusEval {

    private static final String GOLD = ".gold.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One document's score; {@code error} is the reader's one-line refusal, or null. */
    record Row(String name, Evaluation.Result result, String error) {}

    /** The rows in file-name order and their totals. */
    record Report(List<Row> rows, Evaluation.Totals totals) {

        /** The totals the thresholds name (tasks, units, targets, actuals, status) with their values. */
        Map<String, Double> figures() {
            Map<String, Double> f = new LinkedHashMap<>();
            f.put("tasks", totals.taskRecall());
            f.put("units", totals.unitsAccuracy());
            f.put("targets", totals.targets().f1());
            f.put("actuals", totals.actuals().f1());
            f.put("status", totals.statusAccuracy());
            return f;
        }

        /** The names of the totals that fall short of their floor ({@code null} floors are not checked). */
        List<String> shortOf(Map<String, Double> floors) {
            List<String> out = new ArrayList<>();
            figures().forEach((k, v) -> {
                Double floor = floors.get(k);
                if (floor != null && v < floor) {
                    out.add(k);
                }
            });
            return out;
        }
    }

    private CorpusEval() {}

    static Report run(Path dir) {
        List<Path> golds;
        try (Stream<Path> s = Files.list(dir)) {
            golds = s.filter(p -> p.getFileName().toString().endsWith(GOLD))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UnreadableDocumentException("无法读取目录 / cannot read folder: " + dir, e);
        }
        if (golds.isEmpty()) {
            throw new UnreadableDocumentException("目录中没有标注文件 / no NAME.gold.json in folder: " + dir);
        }
        List<Row> rows = new ArrayList<>();
        Evaluation.Totals totals = Evaluation.Totals.NONE;
        for (Path g : golds) {
            Row row = score(g);
            rows.add(row);
            totals = totals.plus(row.result(), row.error() != null);
        }
        return new Report(List.copyOf(rows), totals);
    }

    private static Row score(Path goldFile) {
        String file = goldFile.getFileName().toString();
        String name = file.substring(0, file.length() - GOLD.length());
        JsonNode gold = readGold(goldFile);
        Path doc = document(goldFile.getParent(), name, gold);
        try {
            return new Row(name, Evaluation.score(gold, ExtractCommand.extract(doc)), null);
        } catch (RuntimeException e) { // refused or failed: score.py counts any failure of extract alike
            return new Row(name, Evaluation.refused(gold), CliErrors.oneLine(e));
        }
    }

    static JsonNode readGold(Path goldFile) {
        try {
            return JSON.readTree(new String(ExtractCommand.bytes(goldFile), StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            throw new UnreadableDocumentException("标注文件不是JSON / gold file is not JSON: " + goldFile);
        }
    }

    /** The file the gold names when it is there (and inside the folder), else NAME.txt. */
    private static Path document(Path dir, String name, JsonNode gold) {
        String named = gold.path("document").asString("");
        if (!named.isBlank()) {
            Path p = dir.resolve(named).normalize();
            if (p.startsWith(dir.normalize()) && Files.isRegularFile(p)) {
                return p;
            }
        }
        return dir.resolve(name + ".txt");
    }

    static String table(Report r) {
        StringBuilder b = new StringBuilder();
        for (Row row : r.rows()) {
            Evaluation.Result x = row.result();
            if (row.error() != null) {
                String why = row.error().length() > 160 ? row.error().substring(0, 160) : row.error();
                b.append(String.format(
                        Locale.ROOT, "%-36s FAILED %s  (gold tasks %d)%n", row.name(), why, x.goldTasks()));
                continue;
            }
            b.append(String.format(
                    Locale.ROOT,
                    "%-36s tasks %3d/%-3d units %3d  targets %3d/%-3d(p%3d)  actuals %3d/%-3d(p%3d)  status %3d/%-3d%n",
                    row.name(),
                    x.matched(),
                    x.goldTasks(),
                    x.leadUnitsEqual(),
                    x.targets().tp(),
                    x.targets().tp() + x.targets().fn(),
                    x.targets().tp() + x.targets().fp(),
                    x.actuals().tp(),
                    x.actuals().tp() + x.actuals().fn(),
                    x.actuals().tp() + x.actuals().fp(),
                    x.statusCorrect(),
                    x.statusJudged()));
        }
        Evaluation.Totals t = r.totals();
        b.append(String.format(
                Locale.ROOT,
                "TOTAL / 合计: %d documents, %d refused; tasks matched %d/%d (extracted %d)%n",
                t.documents(),
                t.failed(),
                t.matched(),
                t.goldTasks(),
                t.extractedTasks()));
        b.append(String.format(
                Locale.ROOT,
                "targets P %.3f R %.3f F1 %.3f; actuals P %.3f R %.3f F1 %.3f%n",
                t.targets().precision(),
                t.targets().recall(),
                t.targets().f1(),
                t.actuals().precision(),
                t.actuals().recall(),
                t.actuals().f1()));
        b.append(String.format(
                Locale.ROOT,
                "tasks %.3f units %.3f targets %.3f actuals %.3f status %.3f task_precision %.3f",
                t.taskRecall(),
                t.unitsAccuracy(),
                t.targets().f1(),
                t.actuals().f1(),
                t.statusAccuracy(),
                t.taskPrecision()));
        return b.toString();
    }

    static ObjectNode tree(Report r) {
        ObjectNode o = JSON.createObjectNode();
        var docs = o.putArray("documents");
        for (Row row : r.rows()) {
            ObjectNode d = EvalCommand.tree(row.result());
            d.put("name", row.name());
            if (row.error() != null) {
                d.put("refused", row.error());
            }
            docs.add(d);
        }
        Evaluation.Totals t = r.totals();
        ObjectNode tot = o.putObject("totals");
        tot.put("documents", t.documents());
        tot.put("refused", t.failed());
        tot.put("goldTasks", t.goldTasks());
        tot.put("extractedTasks", t.extractedTasks());
        tot.put("matchedTasks", t.matched());
        tot.put("leadUnitsEqual", t.leadUnitsEqual());
        tot.put("statusJudged", t.statusJudged());
        tot.put("statusCorrect", t.statusCorrect());
        tot.put("taskPrecision", EvalCommand.round(t.taskPrecision()));
        r.figures().forEach((k, v) -> tot.put(k, EvalCommand.round(v)));
        return o;
    }
}
