package org.luoshi.reminder;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.luoshi.account.Accounts;
import org.luoshi.account.Role;
import org.luoshi.progress.WaitingReports;
import org.luoshi.progress.WaitingReports.Waiting;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides who is reminded of what on a given day: reporters of reports still open (draft, returned) and
 * approvers of reports waiting for them, {@code luoshi.reminder.days-before} days before the due date and every
 * day once it has passed. Reports are read through the progress module's {@link WaitingReports}.
 */
@Service
class Reminders {

    private final WaitingReports reports;
    private final Accounts accounts;
    private final Notifications notifications;
    private final List<Integer> daysBefore;

    Reminders(
            WaitingReports reports,
            Accounts accounts,
            Notifications notifications,
            @Value("${luoshi.reminder.days-before:7,3}") List<Integer> daysBefore) {
        this.reports = reports;
        this.accounts = accounts;
        this.notifications = notifications;
        this.daysBefore = List.copyOf(daysBefore);
    }

    /** @return how many notifications were created (0 when this day's reminders went out already) */
    @Transactional
    public int sendDue(LocalDate today) {
        List<Waiting> waiting = reports.dueBy(today.plusDays(
                daysBefore.stream().mapToInt(Integer::intValue).max().orElse(0)));
        int sent = 0;
        for (Waiting w : waiting) {
            long days = ChronoUnit.DAYS.between(today, w.dueDate());
            boolean due = days < 0 || daysBefore.contains((int) days);
            if (!due) {
                continue;
            }
            boolean approverTurn = "submitted".equals(w.state());
            if (approverTurn && !w.approval()) {
                continue;
            }
            Role role = approverTurn ? Role.APPROVER : Role.REPORTER;
            String message = days < 0
                    ? "“" + w.periodLabel() + "”第" + w.taskNumber() + "项进展已逾期" + (-days) + "天,请尽快"
                            + (approverTurn ? "审核" : "报送")
                    : "“" + w.periodLabel() + "”第" + w.taskNumber() + "项进展将于" + days + "天后(" + w.dueDate() + ")截止,请按时"
                            + (approverTurn ? "审核" : "报送");
            for (String username : accounts.ofUnit(w.unitId(), role)) {
                String key = "remind:" + w.id() + ":" + username + ":" + today;
                if (notifications.sendOnce(
                        w.governmentId(), username, days < 0 ? "overdue" : "reminder", w.id(), message, key)) {
                    sent++;
                }
            }
        }
        return sent;
    }
}
