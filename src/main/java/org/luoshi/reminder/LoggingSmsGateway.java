package org.luoshi.reminder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The SMS gateway until a real one is configured: each message goes to the log, the number masked. */
final class LoggingSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

    @Override
    public void send(String phone, String text) {
        log.info("SMS to {}: {}", masked(phone), text);
    }

    static String masked(String phone) {
        if (phone == null || phone.length() < 7) {
            return "***";
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }

    @Configuration(proxyBeanMethods = false)
    static class Config {
        @Bean
        @ConditionalOnMissingBean(SmsGateway.class)
        SmsGateway loggingSmsGateway() {
            return new LoggingSmsGateway();
        }
    }
}
