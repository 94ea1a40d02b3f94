package org.luoshi.cli;

import java.util.concurrent.Callable;
import org.luoshi.audit.AuditChain;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code luoshi audit verify}: walks the audit hash chain and reports the first broken link (exit code 1). */
@Command(name = "audit", description = "审计日志 / The audit trail.", subcommands = AuditCommand.Verify.class)
final class AuditCommand {

    @Command(name = "verify", description = "校验审计日志哈希链 / Verify the audit trail's hash chain.")
    static final class Verify implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (var context = SpringContexts.start()) {
                var result = context.getBean(AuditChain.class).verify();
                var out = spec.commandLine().getOut();
                if (result.intact()) {
                    out.println("哈希链完整 / hash chain intact: " + result.checked() + " entries checked"
                            + (result.unsealed() > 0
                                    ? ", " + result.unsealed() + " older entries before the chain"
                                    : ""));
                    return 0;
                }
                long id = result.firstBrokenId().get();
                out.println("哈希链断裂 / hash chain broken at entry " + (id < 0 ? "(end of trail)" : id) + ": "
                        + result.problem());
                return 1;
            }
        }
    }
}
