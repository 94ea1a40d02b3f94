package org.luoshi.supervision;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * The closing of one task: its lead unit declares it finished with a closing report (办结报告) → the office closes it
 * (销号, the date kept) or sends it back with a reason → the unit declares again. A closed task reopens only by the
 * office, with a reason, and may then be declared again. Only these transitions exist; every other is refused.
 */
public final class TaskClosure {

    static final int MAX_REPORT = 20_000;
    static final int MAX_EVIDENCE = 2_000;
    static final int MAX_REASON = 2_000;

    /** The closing's states, with their stored codes. */
    public enum State {
        DECLARED,
        CLOSED,
        RETURNED,
        REOPENED;

        /** The state as stored and named in the bundles: its name in lower case. */
        public String code() {
            return StateCodes.code(this);
        }

        static State of(String code) {
            return StateCodes.of(State.class, code);
        }
    }

    private final Long id;
    private final long governmentId;
    private final long planId;
    private final long taskId;
    private final long unitId;
    private final int version;
    private State state;
    private String report;
    private String evidence;
    private String reason;
    private String declaredBy;
    private OffsetDateTime declaredAt;
    private String decidedBy;
    private OffsetDateTime decidedAt;
    private LocalDate closedOn;

    TaskClosure(
            Long id,
            long governmentId,
            long planId,
            long taskId,
            long unitId,
            int version,
            State state,
            String report,
            String evidence,
            String reason) {
        this.id = id;
        this.governmentId = governmentId;
        this.planId = planId;
        this.taskId = taskId;
        this.unitId = unitId;
        this.version = version;
        this.state = Objects.requireNonNull(state);
        this.report = report;
        this.evidence = evidence == null ? "" : evidence;
        this.reason = reason;
    }

    /** The lead unit's first closing report on the task. */
    static TaskClosure declare(
            long governmentId,
            long planId,
            long taskId,
            long unitId,
            String report,
            String evidence,
            String by,
            OffsetDateTime now) {
        TaskClosure c = new TaskClosure(null, governmentId, planId, taskId, unitId, 0, State.RETURNED, "", "", null);
        c.redeclare(report, evidence, by, now);
        return c;
    }

    void restoreTimes(
            String declaredBy,
            OffsetDateTime declaredAt,
            String decidedBy,
            OffsetDateTime decidedAt,
            LocalDate closedOn) {
        this.declaredBy = declaredBy;
        this.declaredAt = declaredAt;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.closedOn = closedOn;
    }

    /** The unit declares again after the office sent the report back or reopened the task. */
    void redeclare(String newReport, String newEvidence, String by, OffsetDateTime now) {
        if (state != State.RETURNED && state != State.REOPENED) {
            throw SupervisionException.wrongState("supervision.wrong-state.declare", state.code());
        }
        report = SupervisionException.required(newReport, MAX_REPORT);
        String e = newEvidence == null ? "" : newEvidence.strip();
        if (e.length() > MAX_EVIDENCE) {
            throw SupervisionException.tooLong(MAX_EVIDENCE);
        }
        evidence = e;
        reason = null;
        state = State.DECLARED;
        declaredBy = by;
        declaredAt = now;
    }

    /** The office checks the report and closes the task (销号) on {@code now}'s date. */
    void close(String by, OffsetDateTime now) {
        if (state != State.DECLARED) {
            throw SupervisionException.wrongState("supervision.wrong-state.close", state.code());
        }
        state = State.CLOSED;
        decidedBy = by;
        decidedAt = now;
        closedOn = now.toLocalDate();
    }

    /** The office does not accept the closing report and says why. */
    void sendBack(String why, String by, OffsetDateTime now) {
        if (state != State.DECLARED) {
            throw SupervisionException.wrongState("supervision.wrong-state.send-back", state.code());
        }
        reason = SupervisionException.reason(why, MAX_REASON);
        state = State.RETURNED;
        decidedBy = by;
        decidedAt = now;
    }

    /** The office reopens a closed task, with a reason; the 销号 date is cleared. */
    void reopen(String why, String by, OffsetDateTime now) {
        if (state != State.CLOSED) {
            throw SupervisionException.wrongState("supervision.wrong-state.reopen", state.code());
        }
        reason = SupervisionException.reason(why, MAX_REASON);
        state = State.REOPENED;
        decidedBy = by;
        decidedAt = now;
        closedOn = null;
    }

    public boolean closed() {
        return state == State.CLOSED;
    }

    public Long id() {
        return id;
    }

    public long governmentId() {
        return governmentId;
    }

    public long planId() {
        return planId;
    }

    public long taskId() {
        return taskId;
    }

    public long unitId() {
        return unitId;
    }

    public int version() {
        return version;
    }

    public State state() {
        return state;
    }

    public String report() {
        return report;
    }

    public String evidence() {
        return evidence;
    }

    public String reason() {
        return reason;
    }

    public String declaredBy() {
        return declaredBy;
    }

    public OffsetDateTime declaredAt() {
        return declaredAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public OffsetDateTime decidedAt() {
        return decidedAt;
    }

    public LocalDate closedOn() {
        return closedOn;
    }
}
