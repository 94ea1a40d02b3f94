package org.luoshi.progress;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One unit's progress report on one task for one period, with its lifecycle:
 * draft → submitted → (unit-approved) → accepted, or returned with a reason → resubmitted. Every transition
 * checks its precondition here; accepted reports are locked. {@code version} guards concurrent saves.
 */
public final class ProgressReport {

    static final int MAX_TEXT = 20_000;
    static final int MAX_FIGURES = 4_000;
    static final int MAX_REASON = 2_000;

    private final Long id;
    private final long governmentId;
    private final long periodId;
    private final long taskId;
    private final long unitId;
    private final int version;
    private ReportState state;
    private String text;
    private String figures;
    private String returnReason;
    private String submittedBy;
    private OffsetDateTime submittedAt;
    private String approvedBy;
    private OffsetDateTime approvedAt;
    private String reviewedBy;
    private OffsetDateTime reviewedAt;
    private String updatedBy;
    private OffsetDateTime updatedAt;
    private final List<Object> events = new ArrayList<>();

    private ProgressReport(
            Long id,
            long governmentId,
            long periodId,
            long taskId,
            long unitId,
            int version,
            ReportState state,
            String text,
            String figures) {
        this.id = id;
        this.governmentId = governmentId;
        this.periodId = periodId;
        this.taskId = taskId;
        this.unitId = unitId;
        this.version = version;
        this.state = Objects.requireNonNull(state);
        this.text = text == null ? "" : text;
        this.figures = figures == null ? "" : figures;
    }

    /** A new slot, starting from last period's text (carry-forward) or empty. */
    static ProgressReport open(
            long governmentId,
            long periodId,
            long taskId,
            long unitId,
            String carriedText,
            String by,
            OffsetDateTime now) {
        ProgressReport r =
                new ProgressReport(null, governmentId, periodId, taskId, unitId, 0, ReportState.DRAFT, carriedText, "");
        r.touch(by, now);
        return r;
    }

    /** Rebuilds a stored report; only the repository calls it. */
    static ProgressReport restore(
            long id,
            long governmentId,
            long periodId,
            long taskId,
            long unitId,
            int version,
            ReportState state,
            String text,
            String figures,
            String returnReason,
            String submittedBy,
            OffsetDateTime submittedAt,
            String approvedBy,
            OffsetDateTime approvedAt,
            String reviewedBy,
            OffsetDateTime reviewedAt,
            String updatedBy,
            OffsetDateTime updatedAt) {
        ProgressReport r =
                new ProgressReport(id, governmentId, periodId, taskId, unitId, version, state, text, figures);
        r.returnReason = returnReason;
        r.submittedBy = submittedBy;
        r.submittedAt = submittedAt;
        r.approvedBy = approvedBy;
        r.approvedAt = approvedAt;
        r.reviewedBy = reviewedBy;
        r.reviewedAt = reviewedAt;
        r.updatedBy = updatedBy;
        r.updatedAt = updatedAt;
        return r;
    }

    /** The reporter saves the draft (or a returned report) without sending it. */
    void edit(String newText, String newFigures, String by, OffsetDateTime now) {
        if (state == ReportState.ACCEPTED) {
            throw ReportException.locked();
        }
        if (!state.editable()) {
            throw ReportException.wrongState(state, "edit");
        }
        String t = newText == null ? "" : newText.strip();
        String f = newFigures == null ? "" : newFigures.strip();
        if (t.length() > MAX_TEXT) {
            throw ReportException.tooLong("text", MAX_TEXT);
        }
        if (f.length() > MAX_FIGURES) {
            throw ReportException.tooLong("figures", MAX_FIGURES);
        }
        text = t;
        figures = f;
        touch(by, now);
    }

    /** The reporter sends the report to the unit approver (or straight to the office). */
    void submit(String by, OffsetDateTime now) {
        if (!state.editable()) {
            throw ReportException.wrongState(state, "submit");
        }
        if (text.isBlank()) {
            throw ReportException.emptyText();
        }
        state = ReportState.SUBMITTED;
        submittedBy = by;
        submittedAt = now;
        touch(by, now);
    }

    /** The unit approver vouches for a submitted report. */
    void approve(String by, OffsetDateTime now, boolean approvalUsed) {
        if (!approvalUsed) {
            throw ReportException.approvalNotUsed();
        }
        if (state != ReportState.SUBMITTED) {
            throw ReportException.wrongState(state, "approve");
        }
        state = ReportState.APPROVED;
        approvedBy = by;
        approvedAt = now;
        touch(by, now);
    }

    /** The office accepts: the report becomes the task's progress for the period and is locked. */
    void accept(String by, OffsetDateTime now, boolean approvalUsed) {
        boolean ready = state == ReportState.APPROVED || (!approvalUsed && state == ReportState.SUBMITTED);
        if (!ready) {
            throw ReportException.wrongState(state, "accept");
        }
        state = ReportState.ACCEPTED;
        returnReason = null;
        reviewedBy = by;
        reviewedAt = now;
        touch(by, now);
        events.add(new ReportAccepted(id, governmentId, unitId, by, now));
    }

    /** The approver (a submitted report) or the office (submitted or approved) sends it back with a reason. */
    void returnForRework(String reason, String by, OffsetDateTime now) {
        if (state == ReportState.ACCEPTED) {
            throw ReportException.locked();
        }
        if (state != ReportState.SUBMITTED && state != ReportState.APPROVED) {
            throw ReportException.wrongState(state, "return");
        }
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty()) {
            throw ReportException.reasonRequired();
        }
        if (r.length() > MAX_REASON) {
            throw ReportException.tooLong("reason", MAX_REASON);
        }
        state = ReportState.RETURNED;
        returnReason = r;
        reviewedBy = by;
        reviewedAt = now;
        touch(by, now);
        events.add(new ReportReturned(id, governmentId, unitId, r, by, now));
    }

    /** What the transitions since loading registered; {@code Reports} publishes them once the change is stored. */
    List<Object> events() {
        return List.copyOf(events);
    }

    /** The report as an update stored it, at its new version (no re-read needed). */
    ProgressReport stored(int newVersion) {
        return restore(
                id,
                governmentId,
                periodId,
                taskId,
                unitId,
                newVersion,
                state,
                text,
                figures,
                returnReason,
                submittedBy,
                submittedAt,
                approvedBy,
                approvedAt,
                reviewedBy,
                reviewedAt,
                updatedBy,
                updatedAt);
    }

    private void touch(String by, OffsetDateTime now) {
        updatedBy = by;
        updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public long governmentId() {
        return governmentId;
    }

    public long periodId() {
        return periodId;
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

    public ReportState state() {
        return state;
    }

    public String text() {
        return text;
    }

    public String figures() {
        return figures;
    }

    public String returnReason() {
        return returnReason;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public OffsetDateTime submittedAt() {
        return submittedAt;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public OffsetDateTime approvedAt() {
        return approvedAt;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public OffsetDateTime reviewedAt() {
        return reviewedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }
}
