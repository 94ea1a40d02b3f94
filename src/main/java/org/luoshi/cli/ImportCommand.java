package org.luoshi.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.luoshi.plan.ImportResult;
import org.luoshi.plan.PlanImporter;
import org.luoshi.plan.Scope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code luoshi import FILE --government 舟山市 --year 2022}: the document as a plan, in one transaction. */
@Command(name = "import", description = "导入文档为计划 / Import a document as a plan.")
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "txt, html, docx, xlsx, csv or json")
    Path file;

    @Option(names = "--government", required = true, description = "政府名称 / government name, e.g. 舟山市")
    String government;

    @Option(names = "--year", description = "年度 / year; default: the year the document states")
    Integer year;

    @Override
    public Integer call() {
        byte[] content = ExtractCommand.bytes(file);
        try (var context = SpringContexts.start()) {
            ImportResult r = context.getBean(PlanImporter.class)
                    .commit(file.getFileName().toString(), content, government, year, "cli", Scope.everything());
            var out = spec.commandLine().getOut();
            if (r.unchanged()) {
                out.printf("计划 %d: 该文档已导入过,没有任何变化 / already imported, nothing changed%n", r.planId());
            } else {
                out.printf(
                        "计划 %d (%s %d %s): %d 项任务,新增 %d,更新 %d,进展 %d 条 / %d tasks, %d added, %d updated, %d progress%n",
                        r.planId(),
                        government,
                        r.year(),
                        r.periodLabel(),
                        r.tasks(),
                        r.tasksAdded(),
                        r.tasksUpdated(),
                        r.progressWritten(),
                        r.tasks(),
                        r.tasksAdded(),
                        r.tasksUpdated(),
                        r.progressWritten());
            }
            r.findings().forEach(f -> out.printf("  提示 / finding [%s] %s%n", f.kind(), f.message()));
        }
        return 0;
    }
}
