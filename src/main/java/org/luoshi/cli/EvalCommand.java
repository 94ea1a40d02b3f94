package org.luoshi.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder; owned by the document reader work. */
@Command(name = "eval", description = "对照标注评估抽取结果 / Score extract against a gold file.")
final class EvalCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
