package org.luoshi.account;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Throttles password guessing per client address: every failed login takes a token from the address's bucket;
 * once it is empty, login attempts (the form and HTTP Basic) from that address get 429 until it refills.
 * Buckets live in memory per instance; the per-account lockout in the database is the cross-instance guard.
 */
@Component
class LoginThrottle extends OncePerRequestFilter {

    private static final int MAX_TRACKED = 50_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final int failures;
    private final Duration window;

    LoginThrottle(
            @Value("${luoshi.login.throttle.failures:20}") int failures,
            @Value("${luoshi.login.throttle.window:10m}") Duration window) {
        this.failures = failures;
        this.window = window;
    }

    void failed(String address) {
        if (address == null) {
            return;
        }
        if (buckets.size() > MAX_TRACKED) {
            buckets.clear();
        }
        buckets.computeIfAbsent(
                        address,
                        a -> Bucket.builder()
                                .addLimit(Bandwidth.builder()
                                        .capacity(failures)
                                        .refillGreedy(failures, window)
                                        .build())
                                .build())
                .tryConsume(1);
    }

    boolean exhausted(String address) {
        Bucket bucket = buckets.get(address);
        return bucket != null && bucket.getAvailableTokens() <= 0;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean attempt = ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()))
                || request.getHeader("Authorization") != null;
        if (attempt && exhausted(request.getRemoteAddr())) {
            response.setStatus(429);
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream()
                    .write("登录失败次数过多,请稍后再试 / too many failed logins, try again later".getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
    }
}
