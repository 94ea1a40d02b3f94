package org.luoshi.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder; owned by the document reader work. */
@Command(name = "bench", description = "性能测试 / Benchmarks.")
final class BenchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
