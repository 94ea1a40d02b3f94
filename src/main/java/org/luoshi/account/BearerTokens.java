package org.luoshi.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer lsk_…} on the API chain, statelessly: a known, live token makes the
 * request its owner's; an unknown, expired or revoked one is answered 401, and a read-only token's attempt to
 * change anything 403.
 */
final class BearerTokens extends OncePerRequestFilter {

    /** Set on the request for the log and for handlers: the token's name. */
    static final String TOKEN_ATTRIBUTE = "luoshi.token";

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final ApiTokens tokens;
    private final ApiProblems problems;

    BearerTokens(ApiTokens tokens, ApiProblems problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiTokens.Authenticated> found =
                tokens.authenticate(header.substring(7).strip());
        if (found.isEmpty()) {
            problems.write(response, 401, "token.invalid");
            return;
        }
        ApiTokens.Authenticated token = found.get();
        if (!token.writes() && !READS.contains(request.getMethod())) {
            problems.write(response, 403, "token.read-only");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                token.user(), null, token.user().getAuthorities()));
        SecurityContextHolder.setContext(context);
        request.setAttribute(TOKEN_ATTRIBUTE, token.tokenName());
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
