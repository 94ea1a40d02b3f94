package org.luoshi.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Signed checkpoints of the audit chains, written outside the database (on the model of certificate transparency's
 * signed tree heads): each file lists, for every chain that grew since the checkpoints before it, its length and the
 * MAC of its last entry, signed with an Ed25519 key kept outside the database. {@link AuditChain#verify()} checks
 * that every chain still holds every checkpoint, so removing entries, or the whole table, is found even by someone
 * who can also rewrite the heads. Written at an interval (one instance at a time, under ShedLock) and on demand
 * ({@code luoshi audit checkpoint}). Several instances share the directory.
 */
@Component
public class AuditCheckpoints {

    /** A chain's state at a checkpoint. */
    public record Mark(long length, String head) {}

    /** One checkpoint file as read back. */
    public record Checkpoint(String file, Instant at, Map<Long, Mark> chains) {}

    private static final String MAGIC = "luoshi-audit-checkpoint 1";
    private static final DateTimeFormatter FILE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(java.time.ZoneOffset.UTC);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Path dir;
    private final Path signingKey;
    private final Path publicKey;
    private final Map<String, Checkpoint> read = new ConcurrentHashMap<>();

    AuditCheckpoints(
            JdbcClient jdbc,
            Clock clock,
            @Value("${luoshi.audit.checkpoints.dir:./data/audit-checkpoints}") Path dir,
            @Value("${luoshi.audit.checkpoints.signing-key:./data/keys/audit-checkpoint-ed25519.key}")
                    Path signingKey) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.dir = dir;
        this.signingKey = signingKey;
        this.publicKey = Path.of(signingKey + ".pub");
    }

    public Path directory() {
        return dir.toAbsolutePath();
    }

    @Scheduled(
            fixedDelayString = "${luoshi.audit.checkpoints.interval:PT10M}",
            initialDelayString = "${luoshi.audit.checkpoints.interval:PT10M}")
    @SchedulerLock(name = "audit-checkpoint", lockAtMostFor = "10m")
    void scheduled() {
        write();
    }

    /**
     * Writes a checkpoint of every chain that grew since the last one.
     *
     * @return the file written, empty when no chain grew
     */
    public synchronized Optional<Path> write() {
        Map<Long, Long> known = new HashMap<>();
        for (Checkpoint c : readAll(new ArrayList<>(), false)) {
            c.chains().forEach((chain, mark) -> known.merge(chain, mark.length(), Math::max));
        }
        record Head(long chainId, long length, String head) {}
        List<Head> grown = jdbc
                .sql("select chain_id, length, head from audit_chain where length > 0 order by chain_id")
                .query(Head.class)
                .list()
                .stream()
                .filter(h -> h.length() > known.getOrDefault(h.chainId(), 0L))
                .toList();
        if (grown.isEmpty()) {
            return Optional.empty();
        }
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        StringBuilder body = new StringBuilder(MAGIC).append('\n');
        body.append("time ").append(at).append('\n');
        for (Head h : grown) {
            body.append("chain ")
                    .append(h.chainId())
                    .append(' ')
                    .append(h.length())
                    .append(' ')
                    .append(h.head())
                    .append('\n');
        }
        byte[] signed = body.toString().getBytes(StandardCharsets.UTF_8);
        String signature = Base64.getEncoder().encodeToString(sign(signed));
        String name =
                "checkpoint-" + FILE_TIME.format(at) + "-" + Long.toHexString(System.nanoTime() & 0xffffff) + ".txt";
        Path file = dir.resolve(name);
        OwnerOnlyFiles.write(file, (body + "signature " + signature + "\n").getBytes(StandardCharsets.UTF_8), true);
        return Optional.of(file);
    }

    /** The newest checkpoint, for showing (the portal, the audit page). */
    public Optional<Checkpoint> latest() {
        List<Checkpoint> all = readAll(new ArrayList<>(), false);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /**
     * Every checkpoint, oldest first.
     *
     * @param problems receives a line for every file that is unreadable or, when {@code checkSignatures}, whose
     *                 signature does not verify (such a file is left out)
     */
    List<Checkpoint> readAll(List<String> problems, boolean checkSignatures) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().startsWith("checkpoint-"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PublicKey verifyWith = checkSignatures && !files.isEmpty() ? publicKey(problems) : null;
        List<Checkpoint> all = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                if (checkSignatures) {
                    if (verifyWith == null || !signatureHolds(text, verifyWith)) {
                        problems.add("checkpoint " + name + ": the signature does not verify (the file was altered)");
                        continue;
                    }
                    read.remove(name);
                }
                Checkpoint c = read.computeIfAbsent(name, n -> parse(n, text));
                all.add(c);
            } catch (IOException | RuntimeException e) {
                problems.add(
                        "checkpoint " + name + ": unreadable (" + e.getClass().getSimpleName() + ")");
            }
        }
        return all;
    }

    private static Checkpoint parse(String name, String text) {
        String[] lines = text.split("\n");
        if (lines.length < 3 || !lines[0].equals(MAGIC) || !lines[1].startsWith("time ")) {
            throw new IllegalArgumentException("not a checkpoint");
        }
        Instant at = Instant.parse(lines[1].substring(5));
        Map<Long, Mark> chains = new LinkedHashMap<>();
        for (int i = 2; i < lines.length; i++) {
            String[] f = lines[i].split(" ");
            if (f[0].equals("chain") && f.length == 4) {
                chains.put(Long.parseLong(f[1]), new Mark(Long.parseLong(f[2]), f[3]));
            } else if (!f[0].equals("signature")) {
                throw new IllegalArgumentException("bad line " + (i + 1));
            }
        }
        return new Checkpoint(name, at, chains);
    }

    private static boolean signatureHolds(String text, PublicKey key) {
        int at = text.lastIndexOf("signature ");
        if (at < 0) {
            return false;
        }
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initVerify(key);
            s.update(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
            return s.verify(Base64.getDecoder().decode(text.substring(at + 10).strip()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private byte[] sign(byte[] body) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(privateKey());
            s.update(body);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The signing key, generated with its public half at the first checkpoint. */
    private PrivateKey privateKey() throws GeneralSecurityException {
        try {
            if (!Files.exists(signingKey)) {
                KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
                OwnerOnlyFiles.write(publicKey, base64(pair.getPublic().getEncoded()), true);
                OwnerOnlyFiles.write(signingKey, base64(pair.getPrivate().getEncoded()), false);
            }
            byte[] der = Base64.getMimeDecoder().decode(Files.readString(signingKey));
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PublicKey publicKey(List<String> problems) {
        try {
            byte[] der = Base64.getMimeDecoder().decode(Files.readString(publicKey));
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            problems.add("the checkpoints' public key " + publicKey + " is missing or unreadable");
            return null;
        }
    }

    private static byte[] base64(byte[] der) {
        return (Base64.getEncoder().encodeToString(der) + "\n").getBytes(StandardCharsets.US_ASCII);
    }
}
