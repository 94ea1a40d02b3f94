package org.luoshi.reminder;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Sends the day's reminders each morning (cron {@code luoshi.reminder.cron}, Asia/Shanghai). */
@Component
@ConditionalOnProperty(name = "luoshi.reminder.enabled", havingValue = "true", matchIfMissing = true)
class ReminderJob {

    static final String LOCK = "reminders";

    private final Reminders reminders;
    private final Clock clock;

    ReminderJob(Reminders reminders, Clock clock) {
        this.reminders = reminders;
        this.clock = clock;
    }

    @Scheduled(cron = "${luoshi.reminder.cron:0 0 8 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = LOCK, lockAtLeastFor = "5m")
    void run() {
        reminders.sendDue(LocalDate.now(clock));
    }
}
