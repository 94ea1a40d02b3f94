package org.luoshi.supervision;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Sends the loop's reminders each morning, once across instances (ShedLock). */
@Component
@ConditionalOnProperty(name = "luoshi.reminder.enabled", havingValue = "true", matchIfMissing = true)
class LoopReminderJob {

    private final LoopReminders reminders;
    private final Clock clock;

    LoopReminderJob(LoopReminders reminders, Clock clock) {
        this.reminders = reminders;
        this.clock = clock;
    }

    @Scheduled(cron = "${luoshi.supervision.cron:0 5 8 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "supervision-reminders", lockAtLeastFor = "5m")
    void run() {
        reminders.sendDue(LocalDate.now(clock));
    }
}
