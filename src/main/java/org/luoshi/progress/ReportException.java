package org.luoshi.progress;

import org.luoshi.DomainException;
import org.luoshi.Phrase;

/** The user errors of reporting, in Chinese and English. */
final class ReportException extends DomainException {

    private ReportException(Kind kind, String code, Object... args) {
        super(kind, code, args);
    }

    /** {@code action}: edit, submit, approve, accept, return or attach ({@code problem.progress.wrong-state.*}). */
    static ReportException wrongState(ReportState state, String action) {
        return new ReportException(
                Kind.CONFLICT, "progress.wrong-state." + action, new Phrase("progress.state." + state.code()));
    }

    static ReportException locked() {
        return new ReportException(Kind.CONFLICT, "progress.report-accepted-locked");
    }

    static ReportException emptyText() {
        return new ReportException(Kind.BAD_INPUT, "progress.progress-text-must-not");
    }

    static ReportException reasonRequired() {
        return new ReportException(Kind.BAD_INPUT, "progress.return-needs-reason");
    }

    /** {@code field}: text, figures or reason ({@code progress.field.*}). */
    static ReportException tooLong(String field, int max) {
        return new ReportException(Kind.BAD_INPUT, "progress.too-long", new Phrase("progress.field." + field), max);
    }

    static ReportException conflict() {
        return new ReportException(Kind.CONFLICT, "progress.conflict-someone-else-changed");
    }

    static ReportException notFound(long id) {
        return new ReportException(Kind.NOT_FOUND, "progress.no-report", id);
    }

    /** Someone else's report answers as absent, so that its existence is not revealed. */
    static ReportException notYours(long id) {
        return notFound(id);
    }

    static ReportException approvalNotUsed() {
        return new ReportException(Kind.CONFLICT, "progress.this-plan-needs-no");
    }

    static ReportException planNotFound(long id) {
        return new ReportException(Kind.NOT_FOUND, "progress.no-plan", id);
    }

    static ReportException periodExists(String label) {
        return new ReportException(Kind.CONFLICT, "progress.period-already-exists", label);
    }

    /** {@code code}: the period form's error ({@code period.label} ...), a text of the reporting bundle. */
    static ReportException badPeriod(String code) {
        return new ReportException(Kind.BAD_INPUT, "progress.period-invalid", new Phrase(code));
    }

    static ReportException evidenceType() {
        return new ReportException(Kind.BAD_INPUT, "progress.attachment-must-pdf-docx");
    }

    static ReportException evidenceTooLarge() {
        return new ReportException(Kind.BAD_INPUT, "progress.attachment-must-not-exceed");
    }

    static ReportException evidenceTooMany() {
        return new ReportException(Kind.BAD_INPUT, "progress.report-carries-at-most");
    }

    static ReportException evidenceEmpty() {
        return new ReportException(Kind.BAD_INPUT, "progress.choose-file-upload");
    }

    static ReportException evidenceNotFound(long id) {
        return new ReportException(Kind.NOT_FOUND, "progress.no-attachment", id);
    }
}
