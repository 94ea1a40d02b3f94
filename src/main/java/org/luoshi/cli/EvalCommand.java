package org.luoshi.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.luoshi.document.Evaluation;
import org.luoshi.document.UnreadableDocumentException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Scores what {@code extract} makes of a document against a gold annotation. */
@Command(name = "eval", description = "对照标注评估抽取结果 / Score extract against a gold file.")
final class EvalCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "gold annotation (JSON)")
    Path gold;

    @Parameters(index = "1", description = "the document to extract")
    Path file;

    @Option(names = "--json", description = "machine-readable output")
    boolean json;

    @Option(names = "--details", description = "list every mismatch")
    boolean details;

    @Spec
    CommandSpec spec;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public Integer call() {
        JsonNode goldTree;
        try {
            goldTree = JSON.readTree(new String(ExtractCommand.bytes(gold), StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            throw new UnreadableDocumentException("标注文件不是JSON / gold file is not JSON: " + gold);
        }
        Evaluation.Result r = Evaluation.score(goldTree, ExtractCommand.extract(file));
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree(r)) : table(r, details));
        out.flush();
        return 0;
    }

    static ObjectNode tree(Evaluation.Result r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("goldTasks", r.goldTasks());
        o.put("extractedTasks", r.extractedTasks());
        o.put("matchedTasks", r.matched());
        o.put("numbersEqual", r.numbersEqual());
        o.put("leadUnitsEqual", r.leadUnitsEqual());
        o.put("leadUnitsAccuracy", round(ratio(r.leadUnitsEqual(), r.goldTasks())));
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

    private static double round(double d) {
        return Math.round(d * 10000) / 10000.0;
    }
}
