package org.luoshi.audit;

import java.time.OffsetDateTime;

/** One stored audit entry; {@code prevHash} and {@code entryHash} are null for entries older than the chain. */
public record AuditEntry(
        long id,
        Long governmentId,
        OffsetDateTime occurredAt,
        String actor,
        String action,
        String entity,
        String entityId,
        String detail,
        String prevHash,
        String entryHash) {}
