package org.luoshi.reminder;

import java.util.Locale;
import org.luoshi.account.Accounts;
import org.luoshi.account.Role;
import org.luoshi.progress.ReportReturned;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the unit's reporters that a report came back for rework, once the return committed. Asynchronous and
 * kept in the event registry until done, so a slow notification never holds up the office and a failed one is
 * sent again at the next start; the notification's key makes a repeated delivery store nothing twice.
 */
@Component
class ReturnNotices {

    private final Accounts accounts;
    private final Notifications notifications;
    private final MessageSource messages;

    ReturnNotices(Accounts accounts, Notifications notifications, MessageSource messages) {
        this.accounts = accounts;
        this.notifications = notifications;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(ReportReturned returned) {
        String message = messages.getMessage(
                "notification.returned",
                new Object[] {Long.toString(returned.reportId()), returned.reason()},
                Locale.SIMPLIFIED_CHINESE);
        for (String username : accounts.ofUnit(returned.unitId(), Role.REPORTER)) {
            notifications.sendOnce(
                    returned.governmentId(),
                    username,
                    "returned",
                    returned.reportId(),
                    clip(message),
                    "returned:" + returned.reportId() + ":" + username + ":"
                            + returned.returnedAt().toInstant().toEpochMilli());
        }
    }

    private static String clip(String message) {
        return message.length() > 2000 ? message.substring(0, 2000) : message;
    }
}
