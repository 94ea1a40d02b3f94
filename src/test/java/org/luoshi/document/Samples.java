package org.luoshi.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Zhoushan sample and its gold annotation: next to the project (../shared/data) when present, else the copies
 * the repository holds (the demo's text, {@code src/test/resources/samples}'s gold), so a clean clone reads them too.
 */
final class Samples {

    static final String TXT = "zhoushan-2022-q3.txt";
    static final String GOLD = "zhoushan-2022-q3.gold.json";

    private Samples() {}

    static Path shared(String name) {
        return Path.of("..", "shared", "data", name);
    }

    static byte[] sampleText() {
        Path p = shared(TXT);
        if (!Files.exists(p)) {
            p = Path.of("src", "main", "resources", "demo", TXT);
        }
        return bytes(p);
    }

    static Path goldPath() {
        Path p = shared(GOLD);
        return Files.exists(p) ? p : Path.of("src", "test", "resources", "samples", GOLD);
    }

    static String gold() {
        return new String(bytes(goldPath()), java.nio.charset.StandardCharsets.UTF_8);
    }

    static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ReadDocument readSample() {
        return new DocumentReaders().read(TXT, sampleText());
    }
}
