package org.luoshi.cli;

import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.luoshi.DomainException;
import org.luoshi.document.CanonicalJson;
import org.luoshi.plan.PlanExporter;
import org.luoshi.plan.PlanQueries;
import org.luoshi.plan.Scope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code luoshi export PLAN}: a stored plan as canonical JSON on standard output. */
@Command(name = "export", description = "导出计划为规范JSON / Export a plan as canonical JSON.")
final class ExportCommand implements Callable<Integer> {

    private static final Pattern GOVERNMENT_YEAR = Pattern.compile("(.+)/(\\d{4})");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PLAN", description = "计划编号,或 政府/年度 / plan id, or GOVERNMENT/YEAR (舟山市/2022)")
    String plan;

    @Option(names = "--period", description = "报告期间 / reporting period label; default: the latest")
    String period;

    @Override
    public Integer call() {
        try (var context = SpringContexts.start()) {
            long planId = planId(context.getBean(PlanQueries.class));
            var document = context.getBean(PlanExporter.class).export(planId, period, Scope.everything());
            spec.commandLine().getOut().println(CanonicalJson.write(document));
        }
        return 0;
    }

    private long planId(PlanQueries plans) {
        if (plan.chars().allMatch(Character::isDigit) && !plan.isEmpty()) {
            return Long.parseLong(plan);
        }
        Matcher m = GOVERNMENT_YEAR.matcher(plan.strip());
        if (!m.matches()) {
            throw DomainException.of(DomainException.Kind.BAD_INPUT, "cli.plan-must-id-government", plan);
        }
        return plans.plans(Scope.everything()).stream()
                .filter(p -> p.governmentName().equals(m.group(1)) && p.year() == Integer.parseInt(m.group(2)))
                .findFirst()
                .map(p -> p.id())
                .orElseThrow(() -> DomainException.of(DomainException.Kind.NOT_FOUND, "cli.no-such-plan", plan));
    }
}
