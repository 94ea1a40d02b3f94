package org.luoshi.web.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * A visitor of a day as a salted hash of address and browser: enough to count a reload once, never stored as
 * the address itself, and different every day so that visits cannot be linked across days.
 */
final class VisitorKey {

    private VisitorKey() {}

    static String of(HttpServletRequest request, LocalDate day, String salt) {
        String ua = request.getHeader("User-Agent");
        String raw = salt + "|" + day + "|" + request.getRemoteAddr() + "|" + (ua == null ? "" : ua);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
