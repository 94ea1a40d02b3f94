package org.luoshi.reminder;

/** A notification was stored for a user; {@link MailOut} e-mails it after the notification commits. */
record NotificationCreated(long governmentId, String username, String message) {}
