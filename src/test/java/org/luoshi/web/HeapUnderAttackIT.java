package org.luoshi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server as it is shipped (the built jar, {@code -Xmx256m}, embedded H2 with the demo data) under the attacks
 * that used to take its heap: 12 parallel 19 MB report bodies, 12 parallel 19 MB uploads, 12 parallel 25 MB uploads.
 * Each is answered (413, 503, or accepted), the log holds no OutOfMemoryError, and the server serves afterwards.
 */
class HeapUnderAttackIT {

    private static final int PARALLEL = 12;
    private static final int MB = 1024 * 1024;

    @TempDir
    static Path dir;

    static Process server;
    static Path log;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        Path jar = Path.of("target", "luoshi.jar");
        assertThat(jar)
                .as("the jar is built in the package phase, before the integration tests")
                .exists();
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        base = "http://localhost:" + port;
        log = dir.resolve("server.log");
        server = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-XX:+UseSerialGC",
                        "-Dfile.encoding=UTF-8",
                        "-jar",
                        jar.toString(),
                        "serve",
                        "--server.port=" + port,
                        // this test calls the API with Basic, which is off unless enabled
                        "--luoshi.api.basic-auth=true",
                        "--spring.datasource.url=jdbc:h2:file:"
                                + dir.resolve("db").toAbsolutePath()
                                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                        "--luoshi.audit.key-file=" + dir.resolve("keys/audit.keys"),
                        "--luoshi.audit.checkpoints.signing-key=" + dir.resolve("keys/checkpoint.key"),
                        "--luoshi.audit.checkpoints.dir=" + dir.resolve("checkpoints"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (true) {
            assertThat(server.isAlive()).as("the server exited: %s", tail()).isTrue();
            try {
                // Ready once the demo accounts exist (they are created after the demo plan is imported).
                var r = client.send(
                        HttpRequest.newBuilder(URI.create(base + "/api/v1/periods"))
                                .header("Authorization", basic("office", "Luoshi@office1"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                // still starting
            }
            assertThat(System.nanoTime())
                    .as("the server did not start: %s", tail())
                    .isLessThan(deadline);
            Thread.sleep(500);
        }
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (server != null) {
            server.destroy();
            if (!server.waitFor(20, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    static String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static List<Integer> inParallel(Callable<Integer> attack) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                futures.add(pool.submit(attack));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : futures) {
                statuses.add(f.get(5, TimeUnit.MINUTES));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void parallelHugeBodiesAndUploadsAreAnsweredAndTheHeapHolds() throws Exception {
        byte[] text = ("{\"version\":1,\"text\":\"" + "进".repeat(19 * MB / 3) + "\"}").getBytes(StandardCharsets.UTF_8);
        List<Integer> puts = inParallel(() -> HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base + "/api/v1/reports/1"))
                                .header("Authorization", basic("reporter", "Luoshi@reporter1"))
                                .header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofByteArray(text))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode());

        byte[] nineteen = document(19 * MB);
        List<Integer> uploads = inParallel(() -> upload(nineteen));
        byte[] twentyFive = document(25 * MB);
        List<Integer> tooLarge = inParallel(() -> upload(twentyFive));

        assertThat(puts).as("19 MB report bodies").containsOnly(413);
        assertThat(uploads).as("19 MB uploads: accepted (a job) or 503").isSubsetOf(List.of(302, 503));
        assertThat(uploads).as("at most two read at once").contains(503);
        assertThat(tooLarge).as("25 MB uploads").containsOnly(413);
        var portal = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base + "/portal")).build(),
                        HttpResponse.BodyHandlers.discarding());
        assertThat(portal.statusCode()).isEqualTo(200);
        assertThat(server.isAlive()).isTrue();
        assertThat(Files.readString(log)).doesNotContain("OutOfMemoryError");
    }

    /** A document-shaped upload: a zip signature, then filler (it fails to read, quickly, in its job). */
    static byte[] document(int size) {
        byte[] b = new byte[size];
        Arrays.fill(b, (byte) 'x');
        b[0] = 'P';
        b[1] = 'K';
        b[2] = 3;
        b[3] = 4;
        return b;
    }

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /** The import form as the office's browser posts it: a session, its CSRF token, the file. */
    static int upload(byte[] content) throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String auth = basic("office", "Luoshi@office1");
        var form = client.send(
                HttpRequest.newBuilder(URI.create(base + "/import"))
                        .header("Authorization", auth)
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = CSRF.matcher(form.body());
        assertThat(m.find())
                .as(
                        "a CSRF token on the import form: %s %s",
                        form.statusCode(), form.headers().map())
                .isTrue();
        String boundary = "----heap" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream(content.length + 1024);
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + m.group(1)
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"government\"\r\n\r\n舟山市\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.docx\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return client.send(
                        HttpRequest.newBuilder(URI.create(base + "/import"))
                                .header("Authorization", auth)
                                .header("Accept", "text/html")
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
