package org.luoshi.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the plan module lands. */
@Command(name = "import", description = "导入文档为计划 / Import a document as a plan.")
final class ImportCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
