package org.luoshi.reminder;

import org.luoshi.account.Accounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Sends a notification by e-mail as well when SMTP is configured ({@code spring.mail.host}) and the user has an
 * address: after the notification commits and off the sender's thread, so SMTP never holds up a reminder round or
 * a request. A failed e-mail leaves its publication incomplete in the event registry: it is sent again at the
 * next start, while the in-app notification is already stored.
 */
@Component
class MailOut {

    private static final Logger log = LoggerFactory.getLogger(MailOut.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final Accounts accounts;
    private final String from;

    MailOut(
            ObjectProvider<JavaMailSender> sender,
            Accounts accounts,
            @Value("${luoshi.mail.from:luoshi@localhost}") String from) {
        this.sender = sender;
        this.accounts = accounts;
        this.from = from;
    }

    @ApplicationModuleListener
    void on(NotificationCreated created) {
        send(created.username(), created.message());
    }

    /**
     * @return whether an e-mail was handed to the SMTP server
     * @throws MailException when the server refused it (the publication then stays incomplete)
     */
    boolean send(String username, String message) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return false;
        }
        return accounts.emailOf(username)
                .map(address -> {
                    SimpleMailMessage m = new SimpleMailMessage();
                    m.setFrom(from);
                    m.setTo(address);
                    m.setSubject("落实 · 进展报送提醒 / luoshi reminder");
                    m.setText(message);
                    try {
                        mail.send(m);
                        return true;
                    } catch (MailException e) {
                        log.warn("e-mail to {} failed, kept for a later attempt: {}", username, e.getMessage());
                        throw e;
                    }
                })
                .orElse(false);
    }
}
