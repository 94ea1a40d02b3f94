package org.luoshi.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends audit entries; it never updates or deletes one. Entries go into their government's chain (0 without
 * one), each sealed with the newest {@link AuditKeys key} over its fields and the MAC of the entry before it.
 *
 * <p>Writers of one chain must take turns, so each chain's head row ({@code audit_chain}) is locked while entries
 * are added. That lock is taken as late as possible: entries recorded inside a transaction are held until just
 * before it commits and written then, chains in ascending order (no deadlock between two transactions that touch
 * the same chains). A writer of another government never waits, and a transaction that rolls back leaves no entry.
 */
@Component
public class AuditTrail {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditKeys keys;
    private final TransactionTemplate ownTransaction;
    private final TransactionTemplate savepoint;

    AuditTrail(JdbcClient jdbc, Clock clock, AuditKeys keys, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.keys = keys;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * Records an entry: when the current transaction commits, or at once (in a transaction of its own) when there
     * is none.
     *
     * @param governmentId null for system-wide events
     * @param action       dotted verb ("plan.import")
     * @param detail       what changed, short and human-readable
     */
    public void record(Long governmentId, String actor, String action, String entity, String entityId, String detail) {
        // Millisecond precision survives every database's timestamp type, so the MAC can be recomputed.
        OffsetDateTime at = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        AuditEntry entry = new AuditEntry(
                0,
                governmentId,
                at,
                clip(actor == null ? "" : actor, 100),
                clip(action, 60),
                clip(entity, 60),
                entityId == null ? "" : clip(entityId, 60),
                detail == null ? "" : clip(detail, 10_000),
                AuditEntry.chainOf(governmentId),
                null,
                null,
                null,
                null);
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.isActualTransactionActive()) {
            pending().entries.add(entry);
        } else {
            ownTransaction.executeWithoutResult(s -> write(List.of(entry)));
        }
    }

    /** The entries waiting for the current transaction's commit; registered with it at the first entry. */
    private Pending pending() {
        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
            if (s instanceof Pending p && p.owner() == this) {
                return p;
            }
        }
        Pending p = new Pending(this, new ArrayList<>());
        TransactionSynchronizationManager.registerSynchronization(p);
        return p;
    }

    private record Pending(AuditTrail owner, List<AuditEntry> entries) implements TransactionSynchronization {
        @Override
        public void beforeCommit(boolean readOnly) {
            owner.write(entries);
        }

        @Override
        public int getOrder() {
            // Last of all synchronizations before the commit: the chain lock is held for the shortest time.
            return LOWEST_PRECEDENCE;
        }
    }

    private void write(List<AuditEntry> entries) {
        Map<Long, List<AuditEntry>> byChain = new TreeMap<>();
        for (AuditEntry e : entries) {
            byChain.computeIfAbsent(e.chainId(), c -> new ArrayList<>()).add(e);
        }
        AuditKeys.Key key = keys.current();
        byChain.forEach((chain, list) -> append(chain, list, key));
    }

    private record Head(long length, String head) {}

    private void append(long chain, List<AuditEntry> entries, AuditKeys.Key key) {
        Head head = lockHead(chain);
        long length = head.length();
        String previous = head.head();
        for (AuditEntry e : entries) {
            length++;
            AuditEntry placed = new AuditEntry(
                    0,
                    e.governmentId(),
                    e.occurredAt(),
                    e.actor(),
                    e.action(),
                    e.entity(),
                    e.entityId(),
                    e.detail(),
                    chain,
                    length,
                    key.id(),
                    previous,
                    null);
            String mac = Seal.of(key, previous, placed);
            jdbc.sql("""
                    insert into audit_event (government_id, occurred_at, actor, action, entity, entity_id, detail,
                                             chain_id, chain_seq, key_id, prev_hash, entry_hash)
                    values (:gov, :at, :actor, :action, :entity, :entityId, :detail, :chain, :seq, :key, :prev, :hash)""")
                    .param("gov", placed.governmentId())
                    .param("at", placed.occurredAt())
                    .param("actor", placed.actor())
                    .param("action", placed.action())
                    .param("entity", placed.entity())
                    .param("entityId", placed.entityId())
                    .param("detail", placed.detail())
                    .param("chain", chain)
                    .param("seq", length)
                    .param("key", key.id())
                    .param("prev", previous)
                    .param("hash", mac)
                    .update();
            previous = mac;
        }
        jdbc.sql("update audit_chain set length = :length, head = :head where chain_id = :chain")
                .param("length", length)
                .param("head", previous)
                .param("chain", chain)
                .update();
    }

    /** Locks the chain's head, creating it at the chain's first entry (a savepoint absorbs a concurrent creation). */
    private Head lockHead(long chain) {
        var existing = selectForUpdate(chain);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            savepoint.executeWithoutResult(
                    s -> jdbc.sql("insert into audit_chain (chain_id, length, head) values (:chain, 0, '')")
                            .param("chain", chain)
                            .update());
        } catch (DuplicateKeyException createdMeanwhile) {
            // Another transaction created it first; its row is locked until that one commits.
        }
        return selectForUpdate(chain).orElseThrow();
    }

    private java.util.Optional<Head> selectForUpdate(long chain) {
        return jdbc.sql("select length, head from audit_chain where chain_id = :chain for update")
                .param("chain", chain)
                .query(Head.class)
                .optional();
    }

    private static String clip(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }
}
