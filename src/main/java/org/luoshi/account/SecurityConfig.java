package org.luoshi.account;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Login everywhere but the public portal and static files; form login for pages, HTTP Basic for API clients;
 * CSRF on. Failed logins are throttled per address and lock the account for a while; a password set by
 * someone else must be changed before anything else.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/login", "/error", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/portal/**")
                        .permitAll()
                        .requestMatchers("/import/**")
                        .hasAnyRole("ADMIN", "OFFICE")
                        .requestMatchers("/admin/audit/**", "/admin/audit.csv")
                        .hasAnyRole("ADMIN", "OFFICE")
                        .requestMatchers("/admin/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                .addFilterBefore(throttle, UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new ForcedPasswordChange(), AnonymousAuthenticationFilter.class)
                .formLogin(form -> form.loginPage("/login")
                        .defaultSuccessUrl("/", false)
                        .failureHandler(loginFailures())
                        .permitAll())
                .httpBasic(Customizer.withDefaults())
                // API clients authenticate each request with an Authorization header, which a browser does not add
                // to a forged cross-site request; pages (session cookie) keep the CSRF token.
                .csrf(csrf -> csrf.ignoringRequestMatchers(request ->
                        request.getRequestURI().startsWith("/api/") && request.getHeader("Authorization") != null))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .headers(
                        headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives(
                                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'")));
        return http.build();
    }

    /** A locked account is told so; any other failure gets the one message that reveals nothing. */
    private static AuthenticationFailureHandler loginFailures() {
        var handler = new ExceptionMappingAuthenticationFailureHandler();
        handler.setExceptionMappings(java.util.Map.of(LockedException.class.getName(), "/login?locked"));
        handler.setDefaultFailureUrl("/login?error");
        return handler;
    }

    /** The throttle runs inside the security chain only, not a second time as a plain servlet filter. */
    @Bean
    FilterRegistrationBean<LoginThrottle> loginThrottleRegistration(LoginThrottle throttle) {
        FilterRegistrationBean<LoginThrottle> registration = new FilterRegistrationBean<>(throttle);
        registration.setEnabled(false);
        return registration;
    }
}
