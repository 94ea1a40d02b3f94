package org.luoshi.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verifies the audit trail: every entry's MAC under the key it names, every link to the entry before it in its
 * chain, that no place in a chain is missing, that each chain's head row agrees with its last entry, and that each
 * chain still holds every signed {@link AuditCheckpoints checkpoint}. Editing an entry (even with the chain
 * recomputed), removing its MAC, deleting entries (some, the last, or all) and truncating the table are each
 * reported with the first bad entry of the chain concerned.
 */
@Service
public class AuditChain {

    /** One finding: the chain, the place in it, the entry's id when the entry exists, and what is wrong. */
    public record Problem(long chainId, long seq, Long entryId, String text) {
        @Override
        public String toString() {
            return (chainId == 0 ? "chain 0 (no government)" : "chain " + chainId + " (government " + chainId + ")")
                    + ", entry #" + seq + (entryId == null ? " (missing)" : " (id " + entryId + ")") + ": " + text;
        }
    }

    /** The outcome of a walk: how many entries were checked, problems in the order found (first per chain). */
    public record Verification(
            long checked,
            long unsealed,
            long chains,
            int checkpoints,
            List<String> fileProblems,
            List<Problem> problems) {
        public boolean intact() {
            return problems.isEmpty() && fileProblems.isEmpty();
        }

        /** The first bad entry's id; -1 when it is missing from the table or only a checkpoint file is bad. */
        public Optional<Long> firstBrokenId() {
            if (intact()) {
                return Optional.empty();
            }
            return Optional.of(
                    problems.isEmpty() || problems.get(0).entryId() == null
                            ? -1L
                            : problems.get(0).entryId());
        }

        public String problem() {
            return problems.isEmpty()
                    ? String.join("; ", fileProblems)
                    : problems.get(0).toString();
        }
    }

    private final JdbcClient jdbc;
    private final JdbcClient streaming;
    private final AuditKeys keys;
    private final AuditCheckpoints checkpoints;

    AuditChain(JdbcClient jdbc, DataSource dataSource, AuditKeys keys, AuditCheckpoints checkpoints) {
        this.jdbc = jdbc;
        // The walk reads the whole trail: in batches (PostgreSQL's driver otherwise reads every row at once).
        JdbcTemplate batches = new JdbcTemplate(dataSource);
        batches.setFetchSize(1_000);
        this.streaming = JdbcClient.create(batches);
        this.keys = keys;
        this.checkpoints = checkpoints;
    }

    @Transactional(readOnly = true)
    public Verification verify() {
        List<String> fileProblems = new ArrayList<>();
        Map<Long, TreeMap<Long, String>> marks = new HashMap<>();
        var all = checkpoints.readAll(fileProblems, true);
        for (var c : all) {
            c.chains()
                    .forEach((chain, m) -> marks.computeIfAbsent(chain, x -> new TreeMap<>())
                            .merge(m.length(), m.head(), (a, b) -> a.equals(b) ? a : a + "|" + b));
        }
        record Head(long chainId, long length, String head) {}
        Map<Long, Head> heads = new HashMap<>();
        jdbc.sql("select chain_id, length, head from audit_chain")
                .query(Head.class)
                .list()
                .forEach(h -> heads.put(h.chainId(), h));

        Walk walk = new Walk(marks);
        try (var entries = streaming.sql("""
                        select id, government_id, occurred_at, actor, action, entity, entity_id, detail, chain_id,
                               chain_seq, key_id, prev_hash, entry_hash
                        from audit_event where chain_id is not null order by chain_id, chain_seq""").query(AuditEntry.class).stream()) {
            entries.forEach(walk::step);
        }

        TreeSet<Long> chains = new TreeSet<>(heads.keySet());
        chains.addAll(marks.keySet());
        chains.addAll(walk.lastSeen.keySet());
        for (long chain : chains) {
            if (walk.broken.containsKey(chain)) {
                continue;
            }
            long last = walk.lastSeen.getOrDefault(chain, 0L);
            Head head = heads.get(chain);
            TreeMap<Long, String> m = marks.getOrDefault(chain, new TreeMap<>());
            long expected = Math.max(head == null ? 0 : head.length(), m.isEmpty() ? 0 : m.lastKey());
            if (last < expected) {
                walk.report(
                        chain,
                        last + 1,
                        null,
                        last == 0
                                ? "every entry of the chain is gone (deleted or truncated); " + expected
                                        + " were recorded"
                                : "the last " + (expected - last) + " entries were removed (the chain had " + expected
                                        + ")");
            } else if (head == null && last > 0) {
                walk.report(chain, last, walk.lastId.get(chain), "the chain's head row is missing");
            } else if (head != null && (head.length() != last || !head.head().equals(walk.lastMac.get(chain)))) {
                walk.report(chain, last, walk.lastId.get(chain), "the chain's head row does not match its last entry");
            }
        }
        long unsealed = jdbc.sql("select count(*) from audit_event where chain_id is null")
                .query(Long.class)
                .single();
        List<Problem> problems = new ArrayList<>(walk.broken.values());
        problems.sort(java.util.Comparator.comparingLong(Problem::chainId));
        return new Verification(walk.checked, unsealed, chains.size(), all.size(), fileProblems, problems);
    }

    /** The walk over all chains in order, one entry at a time (the trail is streamed, never held). */
    private final class Walk {
        final Map<Long, TreeMap<Long, String>> marks;
        final Map<Long, Problem> broken = new HashMap<>();
        final Map<Long, Long> lastSeen = new HashMap<>();
        final Map<Long, String> lastMac = new HashMap<>();
        final Map<Long, Long> lastId = new HashMap<>();
        long checked;
        Long chain;
        long seq;
        String previous;

        Walk(Map<Long, TreeMap<Long, String>> marks) {
            this.marks = marks;
        }

        void step(AuditEntry e) {
            if (chain == null || chain != e.chainId().longValue()) {
                chain = e.chainId();
                seq = 0;
                previous = "";
            }
            if (broken.containsKey(chain)) {
                return;
            }
            checked++;
            long expected = seq + 1;
            if (e.chainSeq() < expected) {
                report(chain, expected, e.id(), "its place in the chain was altered");
                return;
            }
            if (e.chainSeq() != expected) {
                report(
                        chain,
                        expected,
                        null,
                        "missing: entries #" + expected + " to #" + (e.chainSeq() - 1) + " were removed");
                return;
            }
            var key = keys.byId(e.keyId());
            if (e.entryHash() == null || e.prevHash() == null) {
                report(chain, expected, e.id(), "its MAC was removed (the hash is null)");
            } else if (key.isEmpty()) {
                report(chain, expected, e.id(), "sealed with an unknown key '" + e.keyId() + "'");
            } else if (!previous.equals(e.prevHash())) {
                report(chain, expected, e.id(), "its link does not match the entry before it");
            } else if (!Seal.of(key.get(), e.prevHash(), e).equals(e.entryHash())) {
                report(chain, expected, e.id(), "its content does not match its MAC (the entry was altered)");
            } else {
                String mark = marks.getOrDefault(chain, new TreeMap<>()).get(expected);
                if (mark != null && !mark.equals(e.entryHash())) {
                    report(chain, expected, e.id(), "it differs from the signed checkpoint (the chain was rewritten)");
                }
            }
            seq = expected;
            previous = e.entryHash() == null ? "" : e.entryHash();
            lastSeen.put(chain, seq);
            lastMac.put(chain, previous);
            lastId.put(chain, e.id());
        }

        void report(long chainId, long at, Long entryId, String text) {
            broken.putIfAbsent(chainId, new Problem(chainId, at, entryId, text));
        }
    }
}
