package org.luoshi.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The MAC of an entry: HMAC-SHA-256 under the key the entry names, over its chain, its place in the chain, the MAC
 * of the entry before it and each of its fields, each field length-prefixed so that no two entries read the same.
 * Without the key nobody can write an entry, or recompute a chain, that verifies.
 */
final class Seal {

    private Seal() {}

    static String of(AuditKeys.Key key, String previous, AuditEntry e) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.secret(), "HmacSHA256"));
            for (String field : new String[] {
                key.id(),
                Long.toString(e.chainId()),
                Long.toString(e.chainSeq()),
                previous,
                e.governmentId() == null ? "" : e.governmentId().toString(),
                Long.toString(e.occurredAt().toInstant().toEpochMilli()),
                e.actor(),
                e.action(),
                e.entity(),
                e.entityId(),
                e.detail()
            }) {
                byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
                mac.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
                mac.update(bytes);
            }
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
