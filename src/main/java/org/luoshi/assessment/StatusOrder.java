package org.luoshi.assessment;

import java.util.Comparator;
import java.util.OptionalInt;

/**
 * The order of progress among statuses that figures decide:
 * {@code AT_RISK < BEHIND < UNCLEAR < AHEAD < COMPLETED}.
 *
 * <p>More progress (a larger actual against an at-least target, a smaller one against a cap) never moves a
 * task down this order. UNCLEAR sits between BEHIND and AHEAD because a task becomes unclear when one of its
 * behind targets catches up while another is still behind. NO_DATA and QUALITATIVE are outside the order: they
 * depend on whether figures and targets exist at all, not on their size.
 */
final class StatusOrder {

    static final Comparator<Status> PROGRESS = Comparator.comparingInt(s -> rank(s).orElseThrow());

    private StatusOrder() {}

    static OptionalInt rank(Status status) {
        return switch (status) {
            case AT_RISK -> OptionalInt.of(0);
            case BEHIND -> OptionalInt.of(1);
            case UNCLEAR -> OptionalInt.of(2);
            case AHEAD -> OptionalInt.of(3);
            case COMPLETED -> OptionalInt.of(4);
            case NO_DATA, NOT_REPORTED, QUALITATIVE -> OptionalInt.empty();
        };
    }

    static boolean ordered(Status status) {
        return rank(status).isPresent();
    }
}
