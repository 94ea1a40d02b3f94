package org.luoshi.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.luoshi.audit.AuditChain;
import org.luoshi.audit.AuditCheckpoints;
import org.luoshi.audit.AuditKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code luoshi audit verify | checkpoint | rotate-key}: check every MAC, link and checkpoint of the audit trail
 * (exit 1 at the first bad entry of any chain), write a signed checkpoint now, add a new HMAC key.
 */
@Command(
        name = "audit",
        description = "审计日志 / The audit trail.",
        subcommands = {AuditCommand.Verify.class, AuditCommand.Checkpoint.class, AuditCommand.RotateKey.class})
final class AuditCommand {

    @Command(name = "verify", description = "校验审计日志 / Verify the audit trail: MACs, chains and checkpoints.")
    static final class Verify implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (var context = SpringContexts.start()) {
                var result = context.getBean(AuditChain.class).verify();
                PrintWriter out = spec.commandLine().getOut();
                String counts = result.checked() + " entries in " + result.chains() + " chains, "
                        + result.checkpoints() + " checkpoints"
                        + (result.unsealed() > 0
                                ? "; " + result.unsealed() + " older entries before the keyed chains (not verifiable)"
                                : "");
                if (result.intact()) {
                    out.println("审计日志完整 / audit trail intact: " + counts);
                    return 0;
                }
                out.println("审计日志被篡改 / audit trail tampered with: " + result.problem());
                for (var p : result.problems().subList(1, result.problems().size())) {
                    out.println("  also " + p);
                }
                result.fileProblems().forEach(p -> out.println("  " + p));
                out.println("(" + counts + ")");
                return 1;
            }
        }
    }

    @Command(name = "checkpoint", description = "立即写入签名检查点 / Write a signed checkpoint now.")
    static final class Checkpoint implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (var context = SpringContexts.start()) {
                var checkpoints = context.getBean(AuditCheckpoints.class);
                var written = checkpoints.write();
                spec.commandLine()
                        .getOut()
                        .println(written.map(p -> "检查点已写入 / checkpoint written: " + p)
                                .orElse("没有新记录 / no chain grew since the last checkpoint (" + checkpoints.directory()
                                        + ")"));
                return 0;
            }
        }
    }

    @Command(
            name = "rotate-key",
            description = "在密钥文件末尾加入新的HMAC密钥 / Append a new HMAC key to the key file (restart every instance).")
    static final class RotateKey implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (var context = SpringContexts.start()) {
                var keys = context.getBean(AuditKeys.class);
                String id = keys.rotate();
                spec.commandLine()
                        .getOut()
                        .println("新密钥 / new key " + id + " in " + keys.source()
                                + "; restart every instance so that new entries use it");
                return 0;
            }
        }
    }
}
