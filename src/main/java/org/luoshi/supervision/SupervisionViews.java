package org.luoshi.supervision;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Read models of the loop for pages and panels, filled by SQL and joined to the plan's names in Java. */
public final class SupervisionViews {

    private SupervisionViews() {}

    /** One line of a 督办单's history. {@code kind}: reply, press or close. */
    public record ItemEntry(long id, String kind, String body, String byUser, OffsetDateTime writtenAt) {}

    /**
     * A 督办单 as lists show it.
     *
     * @param signal red (overdue), yellow (deadline within the warning days) or none
     */
    public record ItemRow(
            long id,
            long governmentId,
            Long taskId,
            String taskNumber,
            long unitId,
            String unitName,
            String source,
            LocalDate sourceDate,
            String docNumber,
            String leader,
            String content,
            LocalDate deadline,
            String state,
            int presses,
            String signal) {}

    /**
     * A task's receipt as lists show it; {@code overdue} when still pending after the days allowed.
     *
     * @param lead           false for a task the unit shares as a co-unit (no receipt of its own: {@code id} is 0)
     * @param canAcknowledge the signed-in user may acknowledge it now (the rule of {@link TaskReceipt}, for pages)
     */
    public record ReceiptRow(
            long id,
            long taskId,
            String taskNumber,
            int seq,
            String content,
            long unitId,
            String unitName,
            String state,
            String remark,
            String actedBy,
            OffsetDateTime actedAt,
            boolean overdue,
            boolean lead,
            boolean canAcknowledge,
            boolean canDispute) {}

    /** What the signed-in user may do to a task's closing now; the pages offer exactly these. */
    public record ClosingActions(boolean declare, boolean decide, boolean reopen, boolean instruct) {}

    /** What the signed-in user may do to a 督办单 now. */
    public record ItemActions(boolean reply, boolean close, boolean press) {}

    /** What the signed-in user may do to a bulletin now. */
    public record BulletinActions(boolean edit, boolean approve, boolean back, boolean issue) {}

    /** A task's closing as lists show it. */
    public record ClosureRow(
            long taskId,
            String taskNumber,
            String content,
            long unitId,
            String unitName,
            String state,
            OffsetDateTime declaredAt,
            LocalDate closedOn) {}
}
