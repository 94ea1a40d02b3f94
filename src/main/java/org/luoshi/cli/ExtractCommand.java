package org.luoshi.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Placeholder; owned by the document reader work. */
@Command(name = "extract", description = "读取文档并输出规范JSON / Read a document and print its canonical JSON.")
final class ExtractCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "txt, html, docx, xlsx, csv or json file")
    Path file;

    @Override
    public Integer call() {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
