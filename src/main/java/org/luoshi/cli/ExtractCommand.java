package org.luoshi.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.luoshi.document.AnalyzedDocument;
import org.luoshi.document.CanonicalJson;
import org.luoshi.document.DocumentAnalyzer;
import org.luoshi.document.DocumentReaders;
import org.luoshi.document.UnreadableDocumentException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Prints the canonical JSON of one document; needs no database and starts no Spring context. */
@Command(name = "extract", description = "读取文档并输出规范JSON / Read a document and print its canonical JSON.")
final class ExtractCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "txt, html, docx, xlsx, csv or json file")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().println(CanonicalJson.write(extract(file)));
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** Reads and analyzes a file; every failure to read is an {@link UnreadableDocumentException}. */
    static AnalyzedDocument extract(Path file) {
        return new DocumentAnalyzer()
                .analyze(new DocumentReaders().read(file.getFileName().toString(), bytes(file)));
    }

    static byte[] bytes(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw new UnreadableDocumentException("不是文件 / not a file: " + file);
            }
            if (Files.size(file) > DocumentReaders.MAX_BYTES) {
                throw new UnreadableDocumentException(
                        "文件过大(上限" + DocumentReaders.MAX_BYTES / (1024 * 1024) + " MB) / file too large: " + file);
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UnreadableDocumentException("文件不存在 / no such file: " + file, e);
        } catch (IOException e) {
            throw new UnreadableDocumentException(
                    "无法读取文件 / cannot read file: " + file + " (" + e.getMessage() + ")", e);
        }
    }
}
