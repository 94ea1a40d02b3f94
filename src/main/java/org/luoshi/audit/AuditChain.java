package org.luoshi.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hash chain over the audit trail: entry hash = SHA-256(previous entry's hash, then each field, each
 * length-prefixed). {@link #verify()} walks the trail in order and names the first entry whose link is broken
 * (altered, removed or inserted out of line).
 */
@Service
public class AuditChain {

    /** The outcome of a walk: how many entries were checked and the first broken one, if any. */
    public record Verification(long checked, long unsealed, Optional<Long> firstBrokenId, String problem) {
        public boolean intact() {
            return firstBrokenId.isEmpty();
        }
    }

    private final JdbcClient jdbc;

    AuditChain(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String hash(String previous, AuditEntry e) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            StringBuilder s = new StringBuilder();
            for (String field : new String[] {
                previous,
                e.governmentId() == null ? "" : e.governmentId().toString(),
                Long.toString(e.occurredAt().toInstant().toEpochMilli()),
                e.actor(),
                e.action(),
                e.entity(),
                e.entityId(),
                e.detail()
            }) {
                s.append(field.length()).append(':').append(field).append('|');
            }
            return HexFormat.of().formatHex(sha.digest(s.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    @Transactional(readOnly = true)
    public Verification verify() {
        long[] checked = {0};
        long[] unsealed = {0};
        String[] previous = {null};
        Long[] broken = {null};
        String[] problem = {""};
        Consumer<AuditEntry> step = e -> {
            if (broken[0] != null) {
                return;
            }
            if (e.entryHash() == null) {
                if (previous[0] == null) {
                    unsealed[0]++;
                } else {
                    broken[0] = e.id();
                    problem[0] = "entry without hash inside the chain";
                }
                return;
            }
            checked[0]++;
            String expectedPrevious = previous[0] == null ? "" : previous[0];
            if (!expectedPrevious.equals(e.prevHash())) {
                broken[0] = e.id();
                problem[0] = "previous-hash link does not match the entry before (an entry was removed or inserted)";
            } else if (!hash(e.prevHash(), e).equals(e.entryHash())) {
                broken[0] = e.id();
                problem[0] = "content does not match its hash (the entry was altered)";
            }
            previous[0] = e.entryHash();
        };
        try (var entries = jdbc.sql("""
                        select id, government_id, occurred_at, actor, action, entity, entity_id, detail, prev_hash, entry_hash
                        from audit_event order by id""").query(AuditEntry.class).stream()) {
            entries.forEach(step);
        }
        if (broken[0] == null && previous[0] != null) {
            String head = jdbc.sql("select last_hash from audit_head where id = 1")
                    .query(String.class)
                    .single();
            if (!head.equals(previous[0])) {
                problem[0] = "the last entries were removed (the head points past the end of the trail)";
                return new Verification(checked[0], unsealed[0], Optional.of(-1L), problem[0]);
            }
        }
        return new Verification(checked[0], unsealed[0], Optional.ofNullable(broken[0]), problem[0]);
    }
}
