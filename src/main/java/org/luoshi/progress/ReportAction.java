package org.luoshi.progress;

/** What a user may do to a progress report in its state ({@link Reporting#allowedActions}). */
public enum ReportAction {
    /** The unit's reporter edits, saves and submits a draft or returned report. */
    EDIT,
    /** The unit's approver approves a submitted report (when the plan uses unit approval). */
    APPROVE,
    /** The plan's office accepts an approved report, or a submitted one when unit approval is not used. */
    ACCEPT,
    /** The unit's approver returns a submitted report; the office returns a submitted or approved one. */
    RETURN,
    /** The office urges the unit (催办) while the report is not accepted. */
    URGE
}
