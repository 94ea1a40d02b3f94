package org.luoshi.supervision;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A 督查通报 for one plan and period: a draft the office edits (its text blocks; the figures stay as generated) →
 * approved by a leader → issued by the office, on the portal when public. An approved bulletin goes back to draft
 * only by the office with a reason; an issued one is final.
 */
public final class Bulletin {

    static final int MAX_BLOCK = 8_000;

    /** The bulletin's states, with their stored codes. */
    public enum State {
        DRAFT,
        APPROVED,
        ISSUED;

        /** The state as stored and named in the bundles: its name in lower case. */
        public String code() {
            return StateCodes.code(this);
        }

        static State of(String code) {
            return StateCodes.of(State.class, code);
        }
    }

    /**
     * The text of the bulletin as GB/T 9704 lays it out: 发文机关标志 (issuer), 发文字号, 标题, 主送机关, the body's blocks
     * (opening, summary with the figures written out, demands), 落款 (signer), 成文日期, and the 版记 (抄送, 印发机关).
     */
    public record Blocks(
            String issuer,
            String docNumber,
            String title,
            String recipients,
            String opening,
            String summary,
            String demands,
            String signer,
            LocalDate dated,
            String copyTo,
            String printedBy) {
        public Blocks {
            issuer = SupervisionException.required(issuer, 200);
            docNumber = SupervisionException.required(docNumber, 100);
            title = SupervisionException.required(title, 300);
            recipients = SupervisionException.required(recipients, 500);
            opening = SupervisionException.required(opening, MAX_BLOCK);
            summary = SupervisionException.required(summary, MAX_BLOCK);
            demands = demands == null ? "" : demands.strip();
            if (demands.length() > MAX_BLOCK) {
                throw SupervisionException.tooLong(MAX_BLOCK);
            }
            signer = SupervisionException.required(signer, 200);
            if (dated == null) {
                throw SupervisionException.dateRequired();
            }
            copyTo = copyTo == null ? "" : copyTo.strip();
            if (copyTo.length() > 500) {
                throw SupervisionException.tooLong(500);
            }
            printedBy = SupervisionException.required(printedBy, 200);
        }
    }

    private final Long id;
    private final long governmentId;
    private final long planId;
    private final long periodId;
    private final int version;
    private State state;
    private Blocks blocks;
    private boolean publicly;
    private String reason;
    private String approvedBy;
    private OffsetDateTime approvedAt;
    private String issuedBy;
    private OffsetDateTime issuedAt;

    Bulletin(
            Long id,
            long governmentId,
            long planId,
            long periodId,
            int version,
            State state,
            Blocks blocks,
            boolean publicly,
            String reason) {
        this.id = id;
        this.governmentId = governmentId;
        this.planId = planId;
        this.periodId = periodId;
        this.version = version;
        this.state = Objects.requireNonNull(state);
        this.blocks = Objects.requireNonNull(blocks);
        this.publicly = publicly;
        this.reason = reason;
    }

    static Bulletin draft(long governmentId, long planId, long periodId, Blocks blocks) {
        return new Bulletin(null, governmentId, planId, periodId, 0, State.DRAFT, blocks, false, null);
    }

    void restoreSteps(String approvedBy, OffsetDateTime approvedAt, String issuedBy, OffsetDateTime issuedAt) {
        this.approvedBy = approvedBy;
        this.approvedAt = approvedAt;
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
    }

    /** The office edits the text blocks of a draft. */
    void edit(Blocks newBlocks, boolean makePublic) {
        if (state != State.DRAFT) {
            throw SupervisionException.wrongState("supervision.wrong-state.bulletin-edit", state.code());
        }
        blocks = Objects.requireNonNull(newBlocks);
        publicly = makePublic;
    }

    /** A leader approves the draft as it stands. */
    void approve(String by, OffsetDateTime now) {
        if (state != State.DRAFT) {
            throw SupervisionException.wrongState("supervision.wrong-state.bulletin-approve", state.code());
        }
        state = State.APPROVED;
        approvedBy = by;
        approvedAt = now;
        reason = null;
    }

    /** The office takes an approved bulletin back to draft, with a reason. */
    void backToDraft(String why) {
        if (state != State.APPROVED) {
            throw SupervisionException.wrongState("supervision.wrong-state.bulletin-back", state.code());
        }
        reason = SupervisionException.reason(why, 2_000);
        state = State.DRAFT;
        approvedBy = null;
        approvedAt = null;
    }

    /** The office issues the approved bulletin. */
    void issue(String by, OffsetDateTime now) {
        if (state != State.APPROVED) {
            throw SupervisionException.wrongState("supervision.wrong-state.bulletin-issue", state.code());
        }
        state = State.ISSUED;
        issuedBy = by;
        issuedAt = now;
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

    public long periodId() {
        return periodId;
    }

    public int version() {
        return version;
    }

    public State state() {
        return state;
    }

    public Blocks blocks() {
        return blocks;
    }

    public boolean publicly() {
        return publicly;
    }

    public String reason() {
        return reason;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public OffsetDateTime approvedAt() {
        return approvedAt;
    }

    public String issuedBy() {
        return issuedBy;
    }

    public OffsetDateTime issuedAt() {
        return issuedAt;
    }
}
