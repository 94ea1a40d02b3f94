package org.luoshi.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks every request, the anonymous portal's too, before anything reads it into memory or hands it to the
 * database:
 *
 * <ul>
 *   <li>bodies: a form or JSON body over {@code luoshi.web.max-body} (an upload over
 *       {@code spring.servlet.multipart.max-request-size}) is refused with 413 from its declared length, and a body
 *       without one is counted as it is read;
 *   <li>control characters (NUL and the others below U+0020 but tab, line feed and carriage return, and DEL) in
 *       the path, a parameter or a JSON string are refused with 400: PostgreSQL refuses NUL in text, and none of
 *       them belongs in what people type.
 * </ul>
 *
 * The answer is rendered by {@link ErrorPages}: a problem for the API, the friendly page for the UI.
 */
// Right after the character encoding is set (parameters are read as UTF-8), before sessions and security.
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestLimits extends OncePerRequestFilter {

    /** Raised while a body is read: it is too long, or a JSON string holds a control character. */
    static final class Rejected extends IOException {
        final int status;

        Rejected(int status) {
            super(status == 413 ? "body too large" : "control character", null);
            this.status = status;
        }
    }

    private final long maxBody;
    private final long maxUpload;

    RequestLimits(
            @Value("${luoshi.web.max-body:1MB}") DataSize maxBody,
            @Value("${spring.servlet.multipart.max-request-size:21MB}") DataSize maxUpload) {
        this.maxBody = maxBody.toBytes();
        this.maxUpload = maxUpload.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type =
                request.getContentType() == null ? "" : request.getContentType().toLowerCase();
        boolean multipart = type.startsWith("multipart/");
        long limit = multipart ? maxUpload : maxBody;
        if (request.getContentLengthLong() > limit) {
            ErrorPages.reject(request, response, 413, null);
            return;
        }
        if (hasControl(request.getRequestURI(), true) || parametersHaveControl(request)) {
            ErrorPages.reject(request, response, 400, "http.control-character");
            return;
        }
        if (multipart) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(new Bounded(request, limit, type.contains("json")), response);
    }

    private static boolean parametersHaveControl(HttpServletRequest request) {
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (RuntimeException unparsable) {
            // An upload over its limit fails here; it is answered where the upload is resolved (413).
            return false;
        }
        for (var e : parameters.entrySet()) {
            if (hasControl(e.getKey(), false)) {
                return true;
            }
            for (String v : e.getValue()) {
                if (hasControl(v, false)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Control characters, or in a raw path their percent-encoded form (%00–%1F, %7F). */
    static boolean hasControl(String s, boolean percentEncoded) {
        if (s == null) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isControl(c)) {
                return true;
            }
            if (percentEncoded && c == '%' && i + 2 < s.length()) {
                int high = Character.digit(s.charAt(i + 1), 16);
                int low = Character.digit(s.charAt(i + 2), 16);
                if (high >= 0 && low >= 0 && isControl(high * 16 + low)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean isControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
    }

    /** The body, counted as it is read and, for JSON, scanned for escaped control characters. */
    private static final class Bounded extends HttpServletRequestWrapper {
        private final long limit;
        private final boolean json;
        private ServletInputStream stream;

        Bounded(HttpServletRequest request, long limit, boolean json) {
            super(request);
            this.limit = limit;
            this.json = json;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream(), limit, json);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new BufferedReader(
                    new InputStreamReader(getInputStream(), java.nio.charset.Charset.forName(encoding)));
        }
    }

    private static final class Counting extends ServletInputStream {
        private final ServletInputStream in;
        private final long limit;
        private final JsonControlScan scan;
        private long read;

        Counting(ServletInputStream in, long limit, boolean json) {
            this.in = in;
            this.limit = limit;
            this.scan = json ? new JsonControlScan() : null;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
                if (scan != null && scan.rejects(b)) {
                    throw new Rejected(400);
                }
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            int n = in.read(buffer, off, len);
            if (n > 0) {
                count(n);
                if (scan != null) {
                    for (int i = off; i < off + n; i++) {
                        if (scan.rejects(buffer[i] & 0xFF)) {
                            throw new Rejected(400);
                        }
                    }
                }
            }
            return n;
        }

        private void count(int n) throws Rejected {
            read += n;
            if (read > limit) {
                throw new Rejected(413);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }

    /**
     * Finds control characters written as JSON escapes ({@code \\u0000}, {@code \\b}, {@code \\f}) byte by byte;
     * raw ones the JSON parser refuses itself. An escaped backslash ({@code \\\\}) is not the start of an escape.
     */
    static final class JsonControlScan {
        private int state; // 0 text, 1 after '\', 2..5 reading the hex digits of \\u
        private int value;

        boolean rejects(int b) {
            switch (state) {
                case 0 -> {
                    if (b == '\\') {
                        state = 1;
                    }
                    return false;
                }
                case 1 -> {
                    if (b == 'u') {
                        state = 2;
                        value = 0;
                        return false;
                    }
                    state = 0;
                    return b == 'b' || b == 'f';
                }
                default -> {
                    int digit = Character.digit(b, 16);
                    if (digit < 0) {
                        state = 0;
                        return false;
                    }
                    value = value * 16 + digit;
                    if (++state == 6) {
                        state = 0;
                        return isControl(value);
                    }
                    return false;
                }
            }
        }
    }
}
