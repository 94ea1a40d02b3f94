package org.luoshi.reminder;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.luoshi.account.Accounts;
import org.luoshi.account.LuoshiUser;
import org.luoshi.account.Role;
import org.luoshi.audit.AuditTrail;
import org.luoshi.progress.ProgressReport;
import org.luoshi.progress.ReportAction;
import org.luoshi.progress.Reporting;
import org.luoshi.progress.WaitingReports;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The office's escalation list (units late with their reports) and its 催办 (urging) of one report. */
@Service
public class Escalations {

    /**
     * A unit that is late in a period.
     *
     * @param daysLate days since the due date
     * @param reminders how many reminders and urgings its people got for these reports
     */
    public record LateUnit(
            long periodId,
            String periodLabel,
            long unitId,
            String unitName,
            LocalDate dueDate,
            int openReports,
            long daysLate,
            int reminders) {}

    private final WaitingReports waiting;
    private final Reporting reporting;
    private final Accounts accounts;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final Clock clock;

    Escalations(
            WaitingReports waiting,
            Reporting reporting,
            Accounts accounts,
            Notifications notifications,
            AuditTrail audit,
            Clock clock) {
        this.waiting = waiting;
        this.reporting = reporting;
        this.accounts = accounts;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    /** Units with reports not yet submitted (or waiting for their approver) after the due date, latest first. */
    @Transactional(readOnly = true)
    public List<LateUnit> lateUnits(LuoshiUser user) {
        LocalDate today = LocalDate.now(clock);
        List<WaitingReports.LateUnit> late = waiting.lateUnits(today, user.scope());
        Map<Long, Integer> sent = notifications.countByReport(
                late.stream().flatMap(l -> l.reportIds().stream()).toList());
        return late.stream()
                .map(l -> new LateUnit(
                        l.periodId(),
                        l.periodLabel(),
                        l.unitId(),
                        l.unitName(),
                        l.dueDate(),
                        l.openReports(),
                        ChronoUnit.DAYS.between(l.dueDate(), today),
                        l.reportIds().stream()
                                .mapToInt(id -> sent.getOrDefault(id, 0))
                                .sum()))
                .toList();
    }

    /** 催办: the office urges the unit's reporters (and approvers) of one report now. */
    @Transactional
    public int urge(long reportId, String note, LuoshiUser user) {
        ProgressReport r = reporting.readable(reportId, user);
        if (!reporting.allowedActions(r, user).contains(ReportAction.URGE)) {
            throw new AccessDeniedException("only the office urges, and not once a report is accepted");
        }
        String message =
                "督查室催办:请尽快处理第" + reportId + "号进展报告" + (note == null || note.isBlank() ? "" : "(" + note.strip() + ")");
        if (message.length() > 2000) {
            message = message.substring(0, 2000);
        }
        String stamp = Long.toString(OffsetDateTime.now(clock).toInstant().toEpochMilli());
        int sent = 0;
        for (Role role : List.of(Role.REPORTER, Role.APPROVER)) {
            for (String username : accounts.ofUnit(r.unitId(), role)) {
                if (notifications.sendOnce(
                        r.governmentId(),
                        username,
                        "urge",
                        reportId,
                        message,
                        "urge:" + reportId + ":" + username + ":" + stamp)) {
                    sent++;
                }
            }
        }
        audit.record(
                r.governmentId(),
                user.getUsername(),
                "report.urge",
                "progress_report",
                Long.toString(reportId),
                sent + " notified" + (note == null || note.isBlank() ? "" : "; " + note.strip()));
        return sent;
    }
}
