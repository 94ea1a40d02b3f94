package org.luoshi.supervision;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A lead unit's acknowledgement (签收) of one task of an issued plan: pending → acknowledged, or pending → disputed
 * with a remark to the office (有异议) → acknowledged once settled. An acknowledged receipt is final.
 */
public final class TaskReceipt {

    static final int MAX_REMARK = 2_000;

    /** The receipt's states, with their stored codes. */
    public enum State {
        PENDING,
        ACKNOWLEDGED,
        DISPUTED;

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
    private String remark;
    private String actedBy;
    private OffsetDateTime actedAt;

    TaskReceipt(
            Long id,
            long governmentId,
            long planId,
            long taskId,
            long unitId,
            int version,
            State state,
            String remark,
            String actedBy,
            OffsetDateTime actedAt) {
        this.id = id;
        this.governmentId = governmentId;
        this.planId = planId;
        this.taskId = taskId;
        this.unitId = unitId;
        this.version = version;
        this.state = Objects.requireNonNull(state);
        this.remark = remark;
        this.actedBy = actedBy;
        this.actedAt = actedAt;
    }

    static TaskReceipt pending(long governmentId, long planId, long taskId, long unitId) {
        return new TaskReceipt(null, governmentId, planId, taskId, unitId, 0, State.PENDING, null, null, null);
    }

    /** The unit takes the task on (also after a dispute, once settled with the office). */
    void acknowledge(String by, OffsetDateTime now) {
        if (state == State.ACKNOWLEDGED) {
            throw SupervisionException.wrongState("supervision.wrong-state.acknowledge", state.code());
        }
        state = State.ACKNOWLEDGED;
        actedBy = by;
        actedAt = now;
    }

    /** The unit objects to the task as assigned; the remark goes to the office. */
    void dispute(String why, String by, OffsetDateTime now) {
        if (state != State.PENDING) {
            throw SupervisionException.wrongState("supervision.wrong-state.dispute", state.code());
        }
        remark = SupervisionException.reason(why, MAX_REMARK);
        state = State.DISPUTED;
        actedBy = by;
        actedAt = now;
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

    public String remark() {
        return remark;
    }

    public String actedBy() {
        return actedBy;
    }

    public OffsetDateTime actedAt() {
        return actedAt;
    }
}
