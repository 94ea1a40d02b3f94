package org.luoshi.audit;

import java.time.OffsetDateTime;

/**
 * One stored audit entry. {@code chainId} is the government's id (0 without one) and {@code chainSeq} its place in
 * that chain; both, with {@code keyId}, are null for entries written before the keyed chains. {@code entryHash} is
 * the entry's HMAC ({@link Seal}), {@code prevHash} that of the entry before it in its chain.
 */
public record AuditEntry(
        long id,
        Long governmentId,
        OffsetDateTime occurredAt,
        String actor,
        String action,
        String entity,
        String entityId,
        String detail,
        Long chainId,
        Long chainSeq,
        String keyId,
        String prevHash,
        String entryHash) {

    /** The chain an entry of this government belongs to. */
    static long chainOf(Long governmentId) {
        return governmentId == null ? 0L : governmentId;
    }
}
