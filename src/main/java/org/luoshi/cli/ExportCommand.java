package org.luoshi.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the plan module lands. */
@Command(name = "export", description = "导出计划为规范JSON / Export a plan as canonical JSON.")
final class ExportCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
