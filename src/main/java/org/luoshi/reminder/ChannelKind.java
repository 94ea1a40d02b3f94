package org.luoshi.reminder;

/** What a notification channel is, and so how its messages are written and signed ({@link ChannelMessages}). */
public enum ChannelKind {
    /** 钉钉 / 浙政钉 group robot: text message, optional signed secret (timestamp + HmacSHA256 in the URL). */
    DINGTALK,
    /** 企业微信 group robot: text message; the key is in the webhook URL. */
    WECOM,
    /** Any HTTP endpoint: the notification as JSON, signed with HmacSHA256 in a header when a secret is set. */
    WEBHOOK
}
