package org.luoshi.reminder;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.luoshi.account.Accounts;
import org.luoshi.account.LuoshiUser;
import org.luoshi.account.Role;
import org.luoshi.audit.AuditTrail;
import org.luoshi.progress.ProgressReport;
import org.luoshi.progress.Reporting;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    private final JdbcClient jdbc;
    private final Reporting reporting;
    private final Accounts accounts;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final Clock clock;

    Escalations(
            JdbcClient jdbc,
            Reporting reporting,
            Accounts accounts,
            Notifications notifications,
            AuditTrail audit,
            Clock clock) {
        this.jdbc = jdbc;
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
        record Row(
                long periodId,
                String periodLabel,
                long unitId,
                String unitName,
                LocalDate dueDate,
                int openReports,
                int reminders) {}
        return jdbc
                .sql("""
                        select rp.id as period_id, rp.label as period_label, u.id as unit_id, u.name as unit_name,
                               rp.due_date, count(*) as open_reports,
                               (select count(*) from notification n join progress_report r2 on r2.id = n.report_id
                                where r2.period_id = rp.id and r2.unit_id = u.id) as reminders
                        from progress_report r join reporting_period rp on rp.id = r.period_id join unit u on u.id = r.unit_id
                        where (:all or r.government_id in (:govs)) and rp.due_date < :today
                          and r.state in ('draft', 'returned', 'submitted')
                        group by rp.id, rp.label, u.id, u.name, rp.due_date
                        order by rp.due_date, count(*) desc, u.name""")
                .param("all", user.scope().all())
                .param("govs", user.scope().sqlIds())
                .param("today", today)
                .query(Row.class)
                .list()
                .stream()
                .map(r -> new LateUnit(
                        r.periodId(),
                        r.periodLabel(),
                        r.unitId(),
                        r.unitName(),
                        r.dueDate(),
                        r.openReports(),
                        java.time.temporal.ChronoUnit.DAYS.between(r.dueDate(), today),
                        r.reminders()))
                .toList();
    }

    /** 催办: the office urges the unit's reporters (and approvers) of one report now. */
    @Transactional
    public int urge(long reportId, String note, LuoshiUser user) {
        ProgressReport r = reporting.readable(reportId, user);
        if (!user.runsOfficeOf(r.governmentId())) {
            throw new AccessDeniedException("only the office urges");
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
