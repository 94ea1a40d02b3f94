package org.luoshi.reminder;

import org.luoshi.account.Accounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends a notification by e-mail as well when SMTP is configured ({@code spring.mail.host}) and the user has an
 * address. A failed e-mail is logged, never fatal: the in-app notification is already stored.
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

    /** @return whether an e-mail was handed to the SMTP server */
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
                        log.warn("e-mail to {} failed: {}", username, e.getMessage());
                        return false;
                    }
                })
                .orElse(false);
    }
}
