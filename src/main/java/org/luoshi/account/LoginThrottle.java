package org.luoshi.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds back a login attempt (the form or HTTP Basic) while its account or its client address must wait after
 * failed logins ({@link LoginAttempts}): the form is sent back to the login page with the wait, an API client gets
 * 429 with {@code Retry-After}. The owner's known device is let through. The address is the request's remote
 * address: behind a proxy it comes from the forwarded headers only when {@code server.forward-headers-strategy} is
 * set.
 */
@Component
class LoginThrottle extends OncePerRequestFilter {

    // Looked up at the first request: a filter is created with the web server, before the database is ready.
    private final ObjectProvider<LoginAttempts> attempts;
    private final ObjectProvider<KnownDevices> devices;

    LoginThrottle(ObjectProvider<LoginAttempts> attempts, ObjectProvider<KnownDevices> devices) {
        this.attempts = attempts;
        this.devices = devices;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean form = "POST".equals(request.getMethod()) && "/login".equals(request.getServletPath());
        String username = form ? request.getParameter("username") : basicUsername(request);
        if (username == null || username.isBlank()) {
            chain.doFilter(request, response);
            return;
        }
        Duration wait = attempts.getObject()
                .waitFor(
                        username.strip(),
                        request.getRemoteAddr(),
                        devices.getObject().recognises(request, username));
        if (wait.isZero()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        response.setHeader("Retry-After", Long.toString(seconds));
        if (form) {
            response.sendRedirect(request.getContextPath() + "/login?wait=" + seconds);
            return;
        }
        response.setStatus(429);
        response.setContentType("application/problem+json;charset=UTF-8");
        String zh = "登录失败次数过多,请" + seconds + "秒后再试";
        String en = "too many failed logins, try again in " + seconds + " s";
        response.getOutputStream()
                .write(("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,\"detail\":\"" + zh
                                + " / " + en + "\",\"detail_zh\":\"" + zh + "\",\"detail_en\":\"" + en + "\"}")
                        .getBytes(StandardCharsets.UTF_8));
    }

    static String basicUsername(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded =
                    new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
