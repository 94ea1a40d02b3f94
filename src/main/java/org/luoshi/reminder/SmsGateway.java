package org.luoshi.reminder;

/**
 * Sends a text message to a phone. A real gateway (a province's 短信平台, a cloud SMS service) is an implementation
 * of this interface; until one is configured, {@link LoggingSmsGateway} writes each message to the log.
 */
public interface SmsGateway {

    void send(String phone, String text);
}
