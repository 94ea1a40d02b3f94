package org.luoshi.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The HMAC keys that seal audit entries, kept outside the database: from {@code luoshi.audit.keys}
 * ({@code id:base64,id:base64}, newest last) or else from the key file ({@code luoshi.audit.key-file}, one
 * {@code id base64} per line, newest last), which is generated with one key at first start when absent (owner-only
 * permissions). New entries are sealed with the newest key; each entry names its key, so older entries verify with
 * theirs after a rotation. Several instances must share the same keys (configuration or a shared file).
 */
@Component
public class AuditKeys {

    /** One key: its id, stored on every entry it seals, and its secret. */
    record Key(String id, byte[] secret) {}

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String configured;
    private final Path file;
    private volatile Map<String, Key> keys;

    AuditKeys(
            @Value("${luoshi.audit.keys:}") String configured,
            @Value("${luoshi.audit.key-file:./data/keys/audit-hmac.keys}") Path file) {
        this.configured = configured.strip();
        this.file = file;
    }

    /** The key new entries are sealed with. */
    Key current() {
        List<Key> all = new ArrayList<>(all().values());
        return all.get(all.size() - 1);
    }

    Optional<Key> byId(String id) {
        return Optional.ofNullable(id == null ? null : all().get(id));
    }

    /** Where the keys come from, for messages. */
    public String source() {
        return configured.isEmpty() ? file.toAbsolutePath().toString() : "luoshi.audit.keys";
    }

    /**
     * Appends a new key to the key file; entries written from then on (after a restart of every instance) use it.
     *
     * @return the new key's id
     */
    public synchronized String rotate() {
        if (!configured.isEmpty()) {
            throw new IllegalStateException("密钥来自配置 luoshi.audit.keys,请在配置末尾加入新密钥 / the keys come from"
                    + " luoshi.audit.keys: append the new key there");
        }
        all();
        Key key = generate();
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8) + line(key);
            OwnerOnlyFiles.write(file, text.getBytes(StandardCharsets.UTF_8), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        keys = null;
        return key.id();
    }

    private Map<String, Key> all() {
        Map<String, Key> loaded = keys;
        if (loaded == null) {
            synchronized (this) {
                if (keys == null) {
                    keys = configured.isEmpty()
                            ? fromFile()
                            : parse(configured.replace(',', '\n').replace(':', ' '));
                }
                loaded = keys;
            }
        }
        return loaded;
    }

    private Map<String, Key> fromFile() {
        try {
            if (!Files.exists(file)) {
                String header =
                        "# luoshi audit HMAC keys: one \"id base64\" per line, newest last. Keep this file out of"
                                + " the database and its backups; losing it makes the trail unverifiable.\n";
                OwnerOnlyFiles.write(file, (header + line(generate())).getBytes(StandardCharsets.UTF_8), false);
            }
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit keys " + file, e);
        }
    }

    static Map<String, Key> parse(String text) {
        Map<String, Key> parsed = new LinkedHashMap<>();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+");
            byte[] secret;
            try {
                secret = parts.length == 2 ? Base64.getDecoder().decode(parts[1]) : new byte[0];
            } catch (IllegalArgumentException e) {
                secret = new byte[0];
            }
            if (secret.length < 16 || parts[0].length() > 40) {
                throw new IllegalStateException("审计密钥格式错误 / malformed audit key line (want \"id base64\","
                        + " at least 16 bytes, an id of at most 40 characters): " + parts[0]);
            }
            parsed.remove(parts[0]);
            parsed.put(parts[0], new Key(parts[0], secret));
        }
        if (parsed.isEmpty()) {
            throw new IllegalStateException("没有审计密钥 / no audit key configured");
        }
        return parsed;
    }

    private static Key generate() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        byte[] tag = new byte[3];
        RANDOM.nextBytes(tag);
        String id = "k" + LocalDate.now(ZoneOffset.UTC).toString().replace("-", "") + "-"
                + HexFormat.of().formatHex(tag);
        return new Key(id, secret);
    }

    private static String line(Key key) {
        return key.id() + " " + Base64.getEncoder().encodeToString(key.secret()) + "\n";
    }
}
