package org.luoshi.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.luoshi.document.BenchDocuments;
import org.luoshi.document.CanonicalJson;
import org.luoshi.document.DocumentAnalyzer;
import org.luoshi.document.DocumentReaders;
import org.luoshi.document.ReadDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * In-process throughput of {@code extract} on one thread: reading alone, and reading + analysis + JSON,
 * on the sample and on a generated many-task document, each after a warm-up.
 */
@Command(name = "bench", description = "性能测试 / Benchmarks: luoshi bench extract | audit")
final class BenchCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", defaultValue = "extract", description = "what to measure: extract, audit")
    String what;

    @Option(names = "--entries", defaultValue = "100000", description = "audit: entries written, then verified")
    int entries;

    @Option(names = "--governments", defaultValue = "10", description = "audit: governments (chains) written to")
    int governments;

    @Option(
            names = "--db-url",
            description = "audit: an empty scratch database (default: H2 in memory); never the configured one")
    String dbUrl;

    @Option(names = "--db-user", description = "audit: its user (default postgres)")
    String dbUser;

    @Option(names = "--db-password", description = "audit: its password")
    String dbPassword;

    @Option(
            names = "--file",
            description = "the sample document (default: ../shared/data/zhoushan-2022-q3.txt, else the bundled demo)")
    Path file;

    @Option(names = "--tasks", defaultValue = "10000", description = "tasks in the generated document")
    int tasks;

    @Option(names = "--seconds", defaultValue = "5", description = "measuring time per case, after as long a warm-up")
    double seconds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (what.equals("audit")) {
            return AuditBench.run(spec.commandLine().getOut(), entries, governments, dbUrl, dbUser, dbPassword);
        }
        if (!what.equals("extract")) {
            throw new IllegalArgumentException("只支持 extract 与 audit / only 'extract' and 'audit' can be benchmarked");
        }
        byte[] sample = sample();
        DocumentReaders readers = new DocumentReaders();
        ReadDocument doc = readers.read("sample.txt", sample);
        byte[] generated = BenchDocuments.repeated(doc, tasks).getBytes(StandardCharsets.UTF_8);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%-34s %8s %10s %12s %10s%n", "case", "tasks", "KB", "tasks/s", "MB/s");
        run(out, "read, sample", sample, false);
        run(out, "read + analyze + JSON, sample", sample, true);
        run(out, "read, generated", generated, false);
        run(out, "read + analyze + JSON, generated", generated, true);
        out.printf(
                Locale.ROOT,
                "one thread; %d processors; Java %s%n",
                Runtime.getRuntime().availableProcessors(),
                Runtime.version());
        out.flush();
        return 0;
    }

    private void run(PrintWriter out, String name, byte[] input, boolean full) {
        int taskCount = once(input, full);
        long warmUntil = System.nanoTime() + (long) (seconds * 1e9);
        while (System.nanoTime() < warmUntil) {
            once(input, full);
        }
        int iterations = 0;
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        long now;
        do {
            once(input, full);
            iterations++;
            now = System.nanoTime();
        } while (now < end);
        double elapsed = (now - start) / 1e9;
        out.printf(
                Locale.ROOT,
                "%-34s %8d %10.0f %12.0f %10.2f%n",
                name,
                taskCount,
                input.length / 1024.0,
                taskCount * iterations / elapsed,
                input.length * (double) iterations / elapsed / (1024 * 1024));
        out.flush();
    }

    private static int once(byte[] input, boolean full) {
        ReadDocument doc = new DocumentReaders().read("bench.txt", input);
        if (full) {
            String json = CanonicalJson.write(new DocumentAnalyzer().analyze(doc));
            if (json.isEmpty()) {
                throw new IllegalStateException();
            }
        }
        return doc.tasks().size();
    }

    private byte[] sample() {
        try {
            Path p = file != null ? file : Path.of("..", "shared", "data", "zhoushan-2022-q3.txt");
            if (Files.isRegularFile(p)) {
                return Files.readAllBytes(p);
            }
            try (InputStream in = BenchCommand.class.getResourceAsStream("/demo/zhoushan-2022-q3.txt")) {
                if (in == null) {
                    throw new IllegalStateException("样例文档不存在 / sample document not found: " + p);
                }
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
