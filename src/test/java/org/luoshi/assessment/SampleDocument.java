package org.luoshi.assessment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The sample split the simplest way, for measurement only: a line that is only a number starts a task; the
 * next block is the content, the next the unit, the rest the progress.
 */
final class SampleDocument {

    record Task(String number, String content, String unit, String progress) {}

    private SampleDocument() {}

    /** The first of the candidate paths that exists. */
    static Optional<Path> find(String property, String... candidates) {
        String configured = System.getProperty(property);
        return Stream.concat(Stream.ofNullable(configured), Stream.of(candidates))
                .map(Path::of)
                .filter(Files::isRegularFile)
                .findFirst();
    }

    static List<Task> read(Path path) throws IOException {
        List<Task> tasks = new ArrayList<>();
        String number = null;
        List<String> blocks = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        for (String raw : Files.readAllLines(path, StandardCharsets.UTF_8)) {
            String line = raw.strip();
            if (line.matches("\\d{1,3}")) {
                close(block, blocks);
                if (number != null) {
                    tasks.add(task(number, blocks));
                }
                number = line;
                blocks = new ArrayList<>();
                continue;
            }
            if (number == null) {
                continue;
            }
            if (line.isEmpty()) {
                close(block, blocks);
            } else {
                block.append(block.isEmpty() ? "" : "\n").append(line);
            }
        }
        close(block, blocks);
        if (number != null) {
            tasks.add(task(number, blocks));
        }
        return tasks;
    }

    private static void close(StringBuilder block, List<String> blocks) {
        if (!block.isEmpty()) {
            blocks.add(block.toString());
            block.setLength(0);
        }
    }

    private static Task task(String number, List<String> blocks) {
        String content = blocks.isEmpty() ? "" : blocks.get(0);
        String unit = blocks.size() > 1 ? blocks.get(1) : "";
        String progress = blocks.size() > 2 ? String.join("\n", blocks.subList(2, blocks.size())) : "";
        return new Task(number, content, unit, progress);
    }
}
