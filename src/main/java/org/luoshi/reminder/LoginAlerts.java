package org.luoshi.reminder;

import org.luoshi.account.AccountUnderAttack;
import org.luoshi.account.Accounts;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells every administrator (a notification, and an e-mail when configured) that an account is being guessed at. */
@Component
class LoginAlerts {

    private final Accounts accounts;
    private final Notifications notifications;

    LoginAlerts(Accounts accounts, Notifications notifications) {
        this.accounts = accounts;
        this.notifications = notifications;
    }

    @EventListener
    void underAttack(AccountUnderAttack e) {
        String message = "账号 " + e.username() + " 连续登录失败 " + e.failures() + " 次(最近来自 " + e.lastAddress()
                + "),此后的登录尝试将被延迟 / " + e.failures() + " failed logins on account " + e.username()
                + " (the last from " + e.lastAddress() + "); further attempts are delayed";
        for (String admin : accounts.administrators()) {
            notifications.sendOnce(
                    e.governmentId(),
                    admin,
                    "login",
                    null,
                    message,
                    "login-alert:" + e.username() + ":" + e.since().toInstant().toEpochMilli() + ":" + admin);
        }
    }
}
