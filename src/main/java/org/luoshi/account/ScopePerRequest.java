package org.luoshi.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A leader's scope is the government tree below its own government, evaluated again at every request (one recursive
 * query) instead of once at login: a government created after the leader logged in is visible at the next page,
 * on whichever instance serves it. The fresh user lives in this request's security context only; the session keeps
 * what login stored. Registered after Spring Security's filters (the default order of a filter bean).
 */
@Component
class ScopePerRequest extends OncePerRequestFilter {

    // Looked up at the first request: filters are built while the web server starts, before the data source may be.
    private final ObjectProvider<Users> users;

    ScopePerRequest(ObjectProvider<Users> users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityContext original = SecurityContextHolder.getContext();
        Authentication auth = original.getAuthentication();
        if (auth == null
                || !(auth.getPrincipal() instanceof LuoshiUser user)
                || !user.is(Role.LEADER)
                // A token bound to a government: its narrowed scope was evaluated just now by the bearer filter, and
                // re-evaluating the owner's scope here would widen it to the owner's whole tree.
                || user.narrowed()) {
            chain.doFilter(request, response);
            return;
        }
        LuoshiUser fresh = user.withScope(users.getObject().scopeOf(user.role(), user.governmentId()));
        var token = UsernamePasswordAuthenticationToken.authenticated(fresh, null, auth.getAuthorities());
        token.setDetails(auth.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(token);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.setContext(original);
        }
    }
}
