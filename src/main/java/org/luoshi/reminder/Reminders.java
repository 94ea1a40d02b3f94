package org.luoshi.reminder;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.luoshi.account.Accounts;
import org.luoshi.account.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides who is reminded of what on a given day: reporters of reports still open (draft, returned) and
 * approvers of reports waiting for them, {@code luoshi.reminder.days-before} days before the due date and every
 * day once it has passed. Reports are read through the progress module's table as a read model.
 */
@Service
public class Reminders {

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Notifications notifications;
    private final List<Integer> daysBefore;

    Reminders(
            JdbcClient jdbc,
            Accounts accounts,
            Notifications notifications,
            @Value("${luoshi.reminder.days-before:7,3}") List<Integer> daysBefore) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.notifications = notifications;
        this.daysBefore = List.copyOf(daysBefore);
    }

    private record Waiting(
            long id,
            long governmentId,
            long unitId,
            String state,
            String taskNumber,
            String periodLabel,
            LocalDate dueDate,
            boolean approval) {}

    /** @return how many notifications were created (0 when this day's reminders went out already) */
    @Transactional
    public int sendDue(LocalDate today) {
        List<Waiting> waiting = jdbc.sql("""
                        select r.id, r.government_id, r.unit_id, r.state, t.number as task_number, rp.label as period_label,
                               rp.due_date,
                               coalesce((select s.unit_approval from report_setting s where s.plan_id = rp.plan_id), true) as approval
                        from progress_report r join reporting_period rp on rp.id = r.period_id join task t on t.id = r.task_id
                        where rp.due_date is not null and rp.due_date <= :horizon
                          and r.state in ('draft', 'returned', 'submitted')
                        order by r.id""")
                .param(
                        "horizon",
                        today.plusDays(daysBefore.stream()
                                .mapToInt(Integer::intValue)
                                .max()
                                .orElse(0)))
                .query(Waiting.class)
                .list();
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
