package org.luoshi.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.luoshi.document.Evaluation;
import org.luoshi.document.UnreadableDocumentException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Scores what {@code extract} makes of a document against a gold annotation ({@code eval GOLD DOC}), or of every
 * document of a folder against its {@code NAME.gold.json} ({@code eval DIR}), with floors that make it fail.
 */
@Command(
        name = "eval",
        description = "对照标注评估抽取结果 / Score extract against a gold file (eval GOLD DOC) or a folder (eval DIR).")
final class EvalCommand implements Callable<Integer> {

    @Parameters(arity = "1..2", paramLabel = "GOLD DOC | DIR", description = "gold file and document, or a folder")
    List<Path> paths;

    @Option(names = "--min-tasks", paramLabel = "RATIO", description = "fail when tasks found / gold tasks is lower")
    Double minTasks;

    @Option(
            names = "--min-units",
            paramLabel = "RATIO",
            description = "fail when exact lead units (of matched tasks) is lower")
    Double minUnits;

    @Option(names = "--min-targets", paramLabel = "F1", description = "fail when targets F1 is lower")
    Double minTargets;

    @Option(names = "--min-actuals", paramLabel = "F1", description = "fail when actuals F1 is lower")
    Double minActuals;

    @Option(names = "--min-status", paramLabel = "RATIO", description = "fail when status accuracy is lower")
    Double minStatus;

    @Option(names = "--json", description = "machine-readable output")
    boolean json;

    @Option(names = "--details", description = "list every mismatch")
    boolean details;

    @Spec
    CommandSpec spec;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        CorpusEval.Report report;
        if (paths.size() == 1) {
            Path dir = paths.get(0);
            if (!Files.isDirectory(dir)) {
                throw new UnreadableDocumentException("请给出标注文件和文档,或一个目录 / give GOLD DOC, or a folder: " + dir);
            }
            report = CorpusEval.run(dir);
            out.println(
                    json
                            ? JSON.writerWithDefaultPrettyPrinter().writeValueAsString(CorpusEval.tree(report))
                            : CorpusEval.table(report));
        } else {
            JsonNode goldTree = CorpusEval.readGold(paths.get(0));
            Evaluation.Result r = Evaluation.score(goldTree, ExtractCommand.extract(paths.get(1)));
            report = new CorpusEval.Report(
                    List.of(new CorpusEval.Row(paths.get(1).toString(), r, null)),
                    Evaluation.Totals.NONE.plus(r, false));
            out.println(json ? JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree(r)) : table(r, details));
        }
        out.flush();
        List<String> shortOf = report.shortOf(floors());
        if (shortOf.isEmpty()) {
            return 0;
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println("luoshi: 低于下限 / below the floor: " + String.join(", ", shortOf));
        err.flush();
        return 1;
    }

    private Map<String, Double> floors() {
        Map<String, Double> f = new HashMap<>();
        f.put("tasks", minTasks);
        f.put("units", minUnits);
        f.put("targets", minTargets);
        f.put("actuals", minActuals);
        f.put("status", minStatus);
        return f;
    }

    static ObjectNode tree(Evaluation.Result r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("goldTasks", r.goldTasks());
        o.put("extractedTasks", r.extractedTasks());
        o.put("matchedTasks", r.matched());
        o.put("numbersEqual", r.numbersEqual());
        o.put("leadUnitsEqual", r.leadUnitsEqual());
        o.put("leadUnitsAccuracy", round(ratio(r.leadUnitsEqual(), r.goldTasks())));
        o.put("leadUnitsOfMatched", round(r.unitsAccuracy()));
        o.put("taskRecall", round(r.taskRecall()));
        o.put("progressStartEqual", r.progressStartEqual());
        prf(o.putObject("targets"), r.targets());
        prf(o.putObject("actuals"), r.actuals());
        o.put("statusJudged", r.statusJudged());
        o.put("statusCorrect", r.statusCorrect());
        o.put("statusAccuracy", round(r.statusAccuracy()));
        r.mismatches().forEach(o.putArray("mismatches")::add);
        return o;
    }

    private static void prf(ObjectNode o, Evaluation.Prf p) {
        o.put("tp", p.tp());
        o.put("fp", p.fp());
        o.put("fn", p.fn());
        o.put("precision", round(p.precision()));
        o.put("recall", round(p.recall()));
        o.put("f1", round(p.f1()));
    }

    static String table(Evaluation.Result r, boolean details) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%s %s%n", pad("measure / 指标"), "result / 结果"));
        b.append(String.format(
                Locale.ROOT,
                "%s %d/%d matched (%d extracted)%n",
                pad("tasks / 任务"),
                r.matched(),
                r.goldTasks(),
                r.extractedTasks()));
        b.append(String.format(Locale.ROOT, "%s %d/%d%n", pad("numbers / 序号"), r.numbersEqual(), r.goldTasks()));
        b.append(String.format(
                Locale.ROOT,
                "%s %d/%d (%.1f%%)%n",
                pad("lead units / 牵头单位"),
                r.leadUnitsEqual(),
                r.goldTasks(),
                100 * ratio(r.leadUnitsEqual(), r.goldTasks())));
        b.append(String.format(
                Locale.ROOT, "%s %d/%d%n", pad("progress start / 进展开头"), r.progressStartEqual(), r.goldTasks()));
        b.append(prfLine("targets / 目标", r.targets()));
        b.append(prfLine("actuals / 实绩", r.actuals()));
        b.append(String.format(
                Locale.ROOT,
                "%s %d/%d (%.1f%%, gold \"unclear\" left out)%n",
                pad("status / 状态"),
                r.statusCorrect(),
                r.statusJudged(),
                100 * r.statusAccuracy()));
        if (details) {
            r.mismatches().forEach(m -> b.append("  ").append(m).append('\n'));
        } else if (!r.mismatches().isEmpty()) {
            b.append(r.mismatches().size()).append(" mismatches (--details lists them)\n");
        }
        return b.toString().stripTrailing();
    }

    private static String prfLine(String name, Evaluation.Prf p) {
        return String.format(
                Locale.ROOT,
                "%s P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)%n",
                pad(name),
                p.precision(),
                p.recall(),
                p.f1(),
                p.tp(),
                p.fp(),
                p.fn());
    }

    /** Pads to 30 columns counting a Chinese character as two, so the table lines up in a terminal. */
    static String pad(String s) {
        int width = s.codePoints().map(c -> c >= 0x2E80 ? 2 : 1).sum();
        return s + " ".repeat(Math.max(1, 30 - width));
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 1 : (double) a / b;
    }

    static double round(double d) {
        return Math.round(d * 10000) / 10000.0;
    }
}
