package org.luoshi.supervision;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A 督办单: a leader's instruction (or a meeting's decision, or a task from above) to one unit with a deadline, on a
 * task or as an item of its own. Open → the unit replies (办理反馈, as often as it needs: replied) → the office closes
 * it (办结) or presses it again (再督办: pressed, perhaps with a new deadline) → the unit replies again. A closed item
 * refuses everything; the office closes only an item the unit has replied to.
 */
public final class SupervisionItem {

    static final int MAX_CONTENT = 4_000;
    static final int MAX_DOC_NUMBER = 100;

    /** Where the instruction comes from. */
    public enum Source {
        INSTRUCTION("instruction"),
        MEETING("meeting"),
        SUPERIOR("superior");

        private final String code;

        Source(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        static Source of(String code) {
            for (Source s : values()) {
                if (s.code.equals(code)) {
                    return s;
                }
            }
            throw SupervisionException.badSource();
        }
    }

    /** The item's states, with their stored codes. */
    public enum State {
        OPEN,
        REPLIED,
        PRESSED,
        CLOSED;

        /** The state as stored and named in the bundles: its name in lower case. */
        public String code() {
            return StateCodes.code(this);
        }

        static State of(String code) {
            return StateCodes.of(State.class, code);
        }
    }

    /** How an open item stands against its deadline: red when overdue, yellow within the warning days. */
    public enum Signal {
        NONE,
        YELLOW,
        RED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** What the instruction says, as written: its source, date, document number and leader. */
    public record Instruction(Source source, LocalDate sourceDate, String docNumber, String leader, String content) {
        public Instruction {
            Objects.requireNonNull(source);
            if (sourceDate == null) {
                throw SupervisionException.dateRequired();
            }
            docNumber = docNumber == null ? "" : docNumber.strip();
            if (docNumber.length() > MAX_DOC_NUMBER) {
                throw SupervisionException.tooLong(MAX_DOC_NUMBER);
            }
            leader = SupervisionException.required(leader, 60);
            content = SupervisionException.required(content, MAX_CONTENT);
        }
    }

    private final Long id;
    private final long governmentId;
    private final Long taskId;
    private final long unitId;
    private final Instruction instruction;
    private final int version;
    private LocalDate deadline;
    private State state;
    private int presses;
    private String closedBy;
    private OffsetDateTime closedAt;

    SupervisionItem(
            Long id,
            long governmentId,
            Long taskId,
            long unitId,
            Instruction instruction,
            LocalDate deadline,
            int version,
            State state,
            int presses) {
        this.id = id;
        this.governmentId = governmentId;
        this.taskId = taskId;
        this.unitId = unitId;
        this.instruction = Objects.requireNonNull(instruction);
        this.deadline = deadline;
        this.version = version;
        this.state = Objects.requireNonNull(state);
        this.presses = presses;
    }

    /** A new 督办单 to a unit; the deadline is required and not before the instruction's date. */
    static SupervisionItem issue(
            long governmentId, Long taskId, long unitId, Instruction instruction, LocalDate deadline) {
        checkDeadline(deadline, instruction.sourceDate());
        return new SupervisionItem(null, governmentId, taskId, unitId, instruction, deadline, 0, State.OPEN, 0);
    }

    private static void checkDeadline(LocalDate deadline, LocalDate notBefore) {
        if (deadline == null) {
            throw SupervisionException.dateRequired();
        }
        if (deadline.isBefore(notBefore)) {
            throw SupervisionException.deadlineBeforeSource();
        }
    }

    void restoreClosing(String by, OffsetDateTime at) {
        closedBy = by;
        closedAt = at;
    }

    /** The unit reports what it did (办理反馈); the text is kept in the item's history. */
    String reply(String text) {
        if (state == State.CLOSED) {
            throw SupervisionException.wrongState("supervision.wrong-state.reply", state.code());
        }
        String t = SupervisionException.required(text, MAX_CONTENT);
        state = State.REPLIED;
        return t;
    }

    /** The office closes the item (办结) after the unit's reply. */
    void close(String by, OffsetDateTime now) {
        if (state != State.REPLIED) {
            throw SupervisionException.wrongState("supervision.wrong-state.item-close", state.code());
        }
        state = State.CLOSED;
        closedBy = by;
        closedAt = now;
    }

    /** The office presses the item again (再督办) with a reason, optionally moving the deadline. */
    String press(String why, LocalDate newDeadline) {
        if (state == State.CLOSED) {
            throw SupervisionException.wrongState("supervision.wrong-state.press", state.code());
        }
        String reason = SupervisionException.reason(why, MAX_CONTENT);
        if (newDeadline != null) {
            checkDeadline(newDeadline, instruction.sourceDate());
            deadline = newDeadline;
        }
        state = State.PRESSED;
        presses++;
        return reason;
    }

    /** Red once the deadline has passed, yellow within {@code warnDays} of it; a closed item has no signal. */
    public Signal signal(LocalDate today, int warnDays) {
        if (state == State.CLOSED) {
            return Signal.NONE;
        }
        long left = ChronoUnit.DAYS.between(today, deadline);
        if (left < 0) {
            return Signal.RED;
        }
        return left <= warnDays ? Signal.YELLOW : Signal.NONE;
    }

    public Long id() {
        return id;
    }

    public long governmentId() {
        return governmentId;
    }

    public Long taskId() {
        return taskId;
    }

    public long unitId() {
        return unitId;
    }

    public Instruction instruction() {
        return instruction;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public int version() {
        return version;
    }

    public State state() {
        return state;
    }

    public int presses() {
        return presses;
    }

    public String closedBy() {
        return closedBy;
    }

    public OffsetDateTime closedAt() {
        return closedAt;
    }
}
