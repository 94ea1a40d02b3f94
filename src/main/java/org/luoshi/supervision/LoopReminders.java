package org.luoshi.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.luoshi.Texts;
import org.luoshi.account.Accounts;
import org.luoshi.account.Role;
import org.luoshi.reminder.Notifications;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds units, once a day, of the tasks they have not acknowledged {@code receipt-days} after the plan was
 * issued, and of their open 督办单 once yellow or red. The notifications' keys carry the day, so a second run the
 * same day (another instance, a restart) sends nothing twice.
 */
@Service
class LoopReminders {

    record Pending(long id, long governmentId, long unitId, long taskId) {}

    record Due(long id, long governmentId, long unitId, LocalDate deadline) {}

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Notifications notifications;
    private final SupervisionSettings settings;
    private final Clock clock;
    private final org.luoshi.plan.TaskCatalog catalog;

    LoopReminders(
            JdbcClient jdbc,
            Accounts accounts,
            Notifications notifications,
            SupervisionSettings settings,
            Clock clock,
            org.luoshi.plan.TaskCatalog catalog) {
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.notifications = notifications;
        this.settings = settings;
        this.clock = clock;
    }

    /** @return how many notifications were created */
    @Transactional
    public int sendDue(LocalDate today) {
        int sent = 0;
        // Issued on day D, a receipt is due for a reminder from day D + receipt-days on.
        OffsetDateTime limit = today.minusDays(settings.receiptDays() - 1L)
                .atStartOfDay(clock.getZone())
                .toOffsetDateTime();
        List<Pending> pending =
                jdbc.sql("""
                        select r.id, r.government_id, r.unit_id, r.task_id from task_receipt r
                        where r.state = 'pending' and r.created_at < :limit order by r.id""").param("limit", limit).query(Pending.class).list();
        var heads = catalog.heads(pending.stream().map(Pending::taskId).toList());
        for (Pending p : pending) {
            var head = heads.get(p.taskId());
            String message = Texts.zh("loop.remind.receipt", head == null ? "" : head.number());
            sent += notify(p.governmentId(), p.unitId(), "receipt", message, "receipt:" + p.id() + ":", today);
        }
        List<Due> due = jdbc.sql("""
                        select i.id, i.government_id, i.unit_id, i.deadline from supervision_item i
                        where i.state <> 'closed' and i.deadline <= :warn order by i.id""")
                .param("warn", today.plusDays(settings.warnDays()))
                .query(Due.class)
                .list();
        for (Due d : due) {
            long days = ChronoUnit.DAYS.between(today, d.deadline());
            String message = days < 0
                    ? Texts.zh("loop.remind.item.overdue", d.id(), -days)
                    : Texts.zh("loop.remind.item.due", d.id(), d.deadline());
            sent += notify(d.governmentId(), d.unitId(), "supervision", message, "item:" + d.id() + ":", today);
        }
        return sent;
    }

    private int notify(long governmentId, long unitId, String kind, String message, String key, LocalDate today) {
        int sent = 0;
        for (Role role : List.of(Role.REPORTER, Role.APPROVER)) {
            for (String username : accounts.ofUnit(unitId, role)) {
                if (notifications.sendOnce(governmentId, username, kind, null, message, key + username + ":" + today)) {
                    sent++;
                }
            }
        }
        return sent;
    }
}
