package org.luoshi.plan;

import java.time.OffsetDateTime;
import org.luoshi.DomainException;
import org.luoshi.DomainException.Kind;

/**
 * Whether a reporting period is open for reporting or closed by the office, with the last closing and the last
 * reopening. Closed, none of its reports may change; reopening needs a reason. The full history is in the audit trail.
 */
public record PeriodClosure(
        long periodId,
        String label,
        OffsetDateTime closedAt,
        String closedBy,
        OffsetDateTime reopenedAt,
        String reopenedBy,
        String reopenReason) {

    /** The longest reason a reopening keeps (the column's width). */
    public static final int REASON_MAX = 2000;

    /** A period as it is opened: open, never closed. */
    public static PeriodClosure opened(long periodId, String label) {
        return new PeriodClosure(periodId, label, null, null, null, null, null);
    }

    public boolean closed() {
        return closedAt != null;
    }

    public PeriodClosure close(String by, OffsetDateTime at) {
        if (closed()) {
            throw DomainException.of(Kind.CONFLICT, "period.already-closed", label);
        }
        return new PeriodClosure(periodId, label, at, by, reopenedAt, reopenedBy, reopenReason);
    }

    public PeriodClosure reopen(String reason, String by, OffsetDateTime at) {
        if (!closed()) {
            throw DomainException.of(Kind.CONFLICT, "period.not-closed", label);
        }
        String kept = reason == null ? "" : reason.strip();
        if (kept.isEmpty()) {
            throw DomainException.of(Kind.BAD_INPUT, "period.reopen-reason-required");
        }
        if (kept.length() > REASON_MAX) {
            throw DomainException.of(Kind.BAD_INPUT, "period.reopen-reason-too-long", String.valueOf(REASON_MAX));
        }
        return new PeriodClosure(periodId, label, null, null, at, by, kept);
    }

    /** Refuses any change to a report of a closed period. */
    public void requireOpen() {
        if (closed()) {
            throw DomainException.of(Kind.CONFLICT, "period.closed", label);
        }
    }
}
