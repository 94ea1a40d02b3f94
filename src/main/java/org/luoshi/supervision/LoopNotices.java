package org.luoshi.supervision;

import org.luoshi.Texts;
import org.luoshi.account.Accounts;
import org.luoshi.account.Role;
import org.luoshi.reminder.Notifications;
import org.springframework.stereotype.Component;

/**
 * Tells the people concerned when the loop moves: the office of an objection and of a closing report to check, the
 * unit of a new 督办单 or one pressed again. Each notice has its own key, so a retry sends nothing twice.
 */
@Component
class LoopNotices {

    private final Accounts accounts;
    private final Notifications notifications;

    LoopNotices(Accounts accounts, Notifications notifications) {
        this.accounts = accounts;
        this.notifications = notifications;
    }

    void toOffice(long governmentId, String kind, String message, String key) {
        for (String username : accounts.officeOf(governmentId)) {
            notifications.sendOnce(governmentId, username, kind, null, message, key + ":" + username);
        }
    }

    void toUnit(long governmentId, long unitId, String kind, String message, String key) {
        for (Role role : new Role[] {Role.REPORTER, Role.APPROVER}) {
            for (String username : accounts.ofUnit(unitId, role)) {
                notifications.sendOnce(governmentId, username, kind, null, message, key + ":" + username);
            }
        }
    }

    static String text(String code, Object... args) {
        return Texts.zh(code, args);
    }
}
