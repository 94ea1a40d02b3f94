package org.luoshi.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user whose password was set by someone else (a new account, an administrator's reset) may do nothing but
 * change it: pages redirect to {@code /password}, API calls get 403.
 */
final class ForcedPasswordChange extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getServletPath();
        boolean exempt = path.equals("/password")
                || path.equals("/logout")
                || path.equals("/login")
                || path.startsWith("/css/")
                || path.startsWith("/js/")
                || path.startsWith("/webjars/")
                || path.equals("/error")
                || path.startsWith("/portal");
        if (auth != null && auth.getPrincipal() instanceof LuoshiUser user && user.mustChangePassword() && !exempt) {
            if (path.startsWith("/api/")) {
                response.setStatus(403);
                response.setContentType("application/problem+json;charset=UTF-8");
                response.getOutputStream().write("""
                        {"status":403,"detail":"请先修改初始密码 / change your initial password first",\
                        "detail_zh":"请先修改初始密码","detail_en":"change your initial password first"}""".getBytes(StandardCharsets.UTF_8));
                return;
            }
            response.sendRedirect(request.getContextPath() + "/password");
            return;
        }
        chain.doFilter(request, response);
    }
}
