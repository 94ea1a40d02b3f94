package org.luoshi.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.luoshi.LuoshiApplication;
import org.luoshi.audit.AuditChain;
import org.luoshi.audit.AuditCheckpoints;
import org.luoshi.audit.AuditQueries;
import org.luoshi.audit.AuditTrail;
import org.luoshi.plan.GovernmentAdmin;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * {@code luoshi bench audit}: writes a trail of N entries over G governments into a scratch database (H2 in memory,
 * or an empty one given with {@code --db-url}), with keys and checkpoints in a temporary directory, then times
 * {@code audit verify} over it. The configured database is never touched.
 */
final class AuditBench {

    private AuditBench() {}

    static int run(PrintWriter out, int entries, int governments, String dbUrl, String dbUser, String dbPassword) {
        Path scratch;
        try {
            scratch = Files.createTempDirectory("luoshi-bench-audit");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> args = new ArrayList<>(List.of(
                "--spring.datasource.url="
                        + (dbUrl != null
                                ? dbUrl
                                : "jdbc:h2:mem:bench-audit;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                                        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"),
                "--spring.datasource.username=" + (dbUser != null ? dbUser : dbUrl != null ? "postgres" : "sa"),
                "--spring.datasource.password=" + (dbPassword != null ? dbPassword : ""),
                "--luoshi.demo.enabled=false",
                "--luoshi.audit.keys=",
                "--luoshi.audit.key-file=" + scratch.resolve("keys/audit-hmac.keys"),
                "--luoshi.audit.checkpoints.signing-key=" + scratch.resolve("keys/checkpoint.key"),
                "--luoshi.audit.checkpoints.dir=" + scratch.resolve("checkpoints")));
        try (var context = new SpringApplicationBuilder(LuoshiApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties("logging.threshold.console=OFF", "spring.main.banner-mode=off")
                .run(args.toArray(String[]::new))) {
            long existing = context.getBean(AuditQueries.class).total();
            if (existing > 0) {
                throw new IllegalArgumentException(
                        "基准测试需要空数据库 / the benchmark needs an empty database: " + existing + " audit entries found");
            }
            GovernmentAdmin admin = context.getBean(GovernmentAdmin.class);
            List<Long> govs = new ArrayList<>();
            for (int g = 0; g < governments; g++) {
                govs.add(admin.create(
                        new GovernmentAdmin.NewGovernment(
                                String.format(Locale.ROOT, "%06d", 980000 + g), "基准测试政府" + g, "city", null),
                        "bench"));
            }
            AuditTrail trail = context.getBean(AuditTrail.class);
            TransactionTemplate batch = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            long writeStart = System.nanoTime();
            for (int done = 0; done < entries; ) {
                int from = done;
                int to = Math.min(entries, done + 1_000);
                batch.executeWithoutResult(s -> {
                    for (int i = from; i < to; i++) {
                        trail.record(
                                govs.get(i % govs.size()),
                                "bench",
                                "bench.entry",
                                "progress_report",
                                Integer.toString(i),
                                "基准测试记录 " + i + ":报送了第三季度进展情况");
                    }
                });
                done = to;
            }
            double written = (System.nanoTime() - writeStart) / 1e9;
            context.getBean(AuditCheckpoints.class).write();
            AuditChain chain = context.getBean(AuditChain.class);
            long verifyStart = System.nanoTime();
            var result = chain.verify();
            double verified = (System.nanoTime() - verifyStart) / 1e9;
            out.printf(
                    Locale.ROOT,
                    "%-8s %10s %8s %12s %12s %12s %12s%n",
                    "database",
                    "entries",
                    "chains",
                    "write s",
                    "write /s",
                    "verify s",
                    "verify /s");
            out.printf(
                    Locale.ROOT,
                    "%-8s %10d %8d %12.2f %12.0f %12.2f %12.0f%n",
                    dbUrl == null ? "H2 mem" : dbUrl.split(":")[1],
                    result.checked(),
                    result.chains(),
                    written,
                    entries / written,
                    verified,
                    result.checked() / verified);
            out.printf(
                    Locale.ROOT,
                    "intact: %s; batches of 1000 entries per transaction; %d processors; Java %s%n",
                    result.intact(),
                    Runtime.getRuntime().availableProcessors(),
                    Runtime.version());
            out.flush();
            return result.intact() ? 0 : 1;
        } finally {
            FileSystemUtils.deleteRecursively(scratch.toFile());
        }
    }
}
