package org.luoshi.supervision;

import org.luoshi.DomainException;
import org.luoshi.DomainException.Kind;

/** The failures of the supervision loop, each a code whose texts are {@code problem.supervision.*} in messages-loop. */
final class SupervisionException {

    private SupervisionException() {}

    /** {@code code} names the refused step ({@code supervision.wrong-state.close} ...), {@code state} the current one. */
    static DomainException wrongState(String code, String state) {
        return DomainException.of(Kind.CONFLICT, code, state);
    }

    static DomainException reasonRequired() {
        return DomainException.of(Kind.BAD_INPUT, "supervision.reason-required");
    }

    static DomainException textRequired() {
        return DomainException.of(Kind.BAD_INPUT, "supervision.text-required");
    }

    static DomainException tooLong(int max) {
        return DomainException.of(Kind.BAD_INPUT, "supervision.too-long", max);
    }

    /** {@code code}: {@code supervision.not-found.} plan, task, receipt, closure or item. */
    static DomainException notFound(String code, long id) {
        return DomainException.of(Kind.NOT_FOUND, code, id);
    }

    static DomainException alreadyIssued() {
        return DomainException.of(Kind.CONFLICT, "supervision.already-issued");
    }

    static DomainException notIssued() {
        return DomainException.of(Kind.CONFLICT, "supervision.not-issued");
    }

    static DomainException deadlineBeforeSource() {
        return DomainException.of(Kind.BAD_INPUT, "supervision.deadline-before-source");
    }

    static DomainException badSource() {
        return DomainException.of(Kind.BAD_INPUT, "supervision.bad-source");
    }

    static DomainException dateRequired() {
        return DomainException.of(Kind.BAD_INPUT, "supervision.date-required");
    }

    static DomainException notLeadUnit() {
        return DomainException.of(Kind.BAD_INPUT, "supervision.not-lead-unit");
    }

    static DomainException stale() {
        return DomainException.of(Kind.CONFLICT, "supervision.stale");
    }

    static String required(String text, int max) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw textRequired();
        }
        if (t.length() > max) {
            throw tooLong(max);
        }
        return t;
    }

    static String reason(String text, int max) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw reasonRequired();
        }
        if (t.length() > max) {
            throw tooLong(max);
        }
        return t;
    }
}
