package org.luoshi.reminder;

import java.util.Locale;
import org.luoshi.account.Accounts;
import org.luoshi.account.Role;
import org.luoshi.progress.ReportAccepted;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the unit's reporters that the office accepted their report, once the acceptance committed (as
 * {@link ReturnNotices} does for a return). Asynchronous and
 * kept in the event registry until done, so a slow notification never holds up the office and a failed one is
 * sent again at the next start; the notification's key makes a repeated delivery store nothing twice.
 */
@Component
class AcceptNotices {

    private final Accounts accounts;
    private final Notifications notifications;
    private final MessageSource messages;

    AcceptNotices(Accounts accounts, Notifications notifications, MessageSource messages) {
        this.accounts = accounts;
        this.notifications = notifications;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(ReportAccepted accepted) {
        String message = messages.getMessage(
                "notification.accepted", new Object[] {Long.toString(accepted.reportId())}, Locale.SIMPLIFIED_CHINESE);
        for (String username : accounts.ofUnit(accepted.unitId(), Role.REPORTER)) {
            notifications.sendOnce(
                    accepted.governmentId(),
                    username,
                    "accepted",
                    accepted.reportId(),
                    clip(message),
                    "accepted:" + accepted.reportId() + ":" + username + ":"
                            + accepted.acceptedAt().toInstant().toEpochMilli());
        }
    }

    private static String clip(String message) {
        return message.length() > 2000 ? message.substring(0, 2000) : message;
    }
}
