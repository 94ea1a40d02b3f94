package org.luoshi.reminder;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP request for one delivery to one channel, in that channel's own format. Plain Java, no I/O.
 *
 * <ul>
 *   <li>DingTalk / 浙政钉 robot: {@code {"msgtype":"text","text":{"content":…}}}; with a secret, the URL gets
 *       {@code timestamp} (ms) and {@code sign} = Base64(HmacSHA256(secret, timestamp + "\n" + secret)), URL-encoded,
 *       as DingTalk's robot documentation prescribes.
 *   <li>WeCom robot: the same text message shape; WeCom has no signature (the key in the URL is the secret).
 *   <li>Webhook: the notification as JSON; with a secret, {@code X-Luoshi-Timestamp} (s) and
 *       {@code X-Luoshi-Signature: sha256=hex(HmacSHA256(secret, timestamp + "." + body))}, so the receiver can
 *       check both origin and freshness.
 * </ul>
 */
final class ChannelMessages {

    /** A request to send: where, what and which headers. */
    record Request(String url, String body, Map<String, String> headers) {}

    /** What a delivery says. */
    record Notice(long deliveryId, long governmentId, String kind, String username, String message, String key) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ChannelMessages() {}

    static Request of(ChannelKind kind, String url, String secret, Notice notice, long nowMillis) {
        String text = "\u3010\u843D\u5B9E\u3011" + notice.message();
        return switch (kind) {
            case DINGTALK -> new Request(dingTalkUrl(url, secret, nowMillis), textMessage(text), json());
            case WECOM -> new Request(url, textMessage(text), json());
            case WEBHOOK -> webhook(url, secret, notice, nowMillis / 1000);
        };
    }

    static String dingTalkSign(String secret, long timestampMillis) {
        byte[] mac = hmac(secret, timestampMillis + "\n" + secret);
        return Base64.getEncoder().encodeToString(mac);
    }

    static String webhookSignature(String secret, long timestampSeconds, String body) {
        return "sha256=" + HexFormat.of().formatHex(hmac(secret, timestampSeconds + "." + body));
    }

    private static String dingTalkUrl(String url, String secret, long nowMillis) {
        if (secret == null || secret.isBlank()) {
            return url;
        }
        String sign = URLEncoder.encode(dingTalkSign(secret, nowMillis), StandardCharsets.UTF_8);
        return url + (url.contains("?") ? "&" : "?") + "timestamp=" + nowMillis + "&sign=" + sign;
    }

    private static String textMessage(String text) {
        return JSON.writeValueAsString(Map.of("msgtype", "text", "text", Map.of("content", text)));
    }

    private static Request webhook(String url, String secret, Notice notice, long nowSeconds) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", notice.deliveryId());
        body.put("key", notice.key());
        body.put("government_id", notice.governmentId());
        body.put("kind", notice.kind());
        body.put("username", notice.username());
        body.put("message", notice.message());
        String json = JSON.writeValueAsString(body);
        Map<String, String> headers = new LinkedHashMap<>(json());
        if (secret != null && !secret.isBlank()) {
            headers.put("X-Luoshi-Timestamp", String.valueOf(nowSeconds));
            headers.put("X-Luoshi-Signature", webhookSignature(secret, nowSeconds, json));
        }
        return new Request(url, json, headers);
    }

    private static Map<String, String> json() {
        return Map.of("Content-Type", "application/json; charset=utf-8");
    }

    private static byte[] hmac(String secret, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
