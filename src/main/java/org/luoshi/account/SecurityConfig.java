package org.luoshi.account;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Login everywhere but the public portal and static files. Two chains:
 *
 * <ul>
 *   <li>API clients: a request under {@code /api/} with a bearer token ({@link ApiTokens}) or, when enabled, HTTP
 *       Basic credentials is authenticated by them alone, statelessly; it needs no CSRF token, because it is
 *       admitted only when the credentials are valid, and a browser does not add them to a forged cross-site
 *       request.
 *   <li>Everything else: form login and a session (in the database), CSRF on for every state-changing request,
 *       whatever headers it carries.
 * </ul>
 *
 * Failed logins delay further attempts on the account and from the address ({@link LoginThrottle}); a password set
 * by someone else must be changed before anything else.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfig {

    private static final String CSP =
            "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'";
    private static final String PERMISSIONS =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

    @Bean
    @Order(1)
    SecurityFilterChain apiClients(HttpSecurity http, LoginThrottle throttle, ApiTokens tokens, ApiProblems problems)
            throws Exception {
        http.securityMatcher(SecurityConfig::apiClient)
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                .addFilterBefore(new BearerTokens(tokens, problems), BasicAuthenticationFilter.class)
                .addFilterAfter(new ForcedPasswordChange(), AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized(problems)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(SecurityConfig::headers);
        if (problems.basicEnabled()) {
            http.addFilterBefore(throttle, BasicAuthenticationFilter.class)
                    .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized(problems)));
        }
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, LoginThrottle throttle, KnownDevices devices, ApiProblems problems)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/login", "/error", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/portal/**")
                        .permitAll()
                        // A load balancer's probes: the status only, no details (management.endpoint.health).
                        .requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
                        .permitAll()
                        .requestMatchers("/import/**")
                        .hasAnyRole("ADMIN", "OFFICE")
                        .requestMatchers("/admin/audit/**", "/admin/audit.csv")
                        .hasAnyRole("ADMIN", "OFFICE")
                        .requestMatchers("/admin/**", "/actuator/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                .addFilterBefore(throttle, UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new ForcedPasswordChange(), AnonymousAuthenticationFilter.class)
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(rememberingTheDevice(devices))
                        .failureUrl("/login?error")
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .headers(SecurityConfig::headers);
        if (problems.basicEnabled()) {
            http.httpBasic(basic -> {});
        }
        return http.build();
    }

    /**
     * A request under {@code /api/} (or {@code /actuator/}, for a metrics scraper) with a bearer token or Basic credentials is an API client's; any other
     * Authorization header, or none (a browser's session), gets the pages' rules. Basic is accepted only when
     * {@code luoshi.api.basic-auth=true}; otherwise it is answered 401 like a missing token.
     */
    static boolean apiClient(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return (path.startsWith("/api/") || path.startsWith("/actuator/"))
                && header != null
                && (header.regionMatches(true, 0, "Basic ", 0, 6) || header.regionMatches(true, 0, "Bearer ", 0, 7));
    }

    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS));
    }

    /** Missing or wrong credentials from an API client: 401 as a problem, in both languages. */
    private static AuthenticationEntryPoint unauthorized(ApiProblems problems) {
        return (request, response, e) -> {
            String header = request.getHeader("Authorization");
            boolean basic = header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
            problems.write(response, 401, basic && problems.basicEnabled() ? "login.wrong" : "token.required");
        };
    }

    /** After a form login the browser is remembered as the owner's ({@link KnownDevices}), then sent on. */
    private static AuthenticationSuccessHandler rememberingTheDevice(KnownDevices devices) {
        var next = new SavedRequestAwareAuthenticationSuccessHandler();
        next.setDefaultTargetUrl("/");
        return (request, response, authentication) -> {
            devices.remember(request, response, authentication.getName());
            next.onAuthenticationSuccess(request, response, authentication);
        };
    }

    /** The throttle runs inside the security chains only, not a second time as a plain servlet filter. */
    @Bean
    FilterRegistrationBean<LoginThrottle> loginThrottleRegistration(LoginThrottle throttle) {
        FilterRegistrationBean<LoginThrottle> registration = new FilterRegistrationBean<>(throttle);
        registration.setEnabled(false);
        return registration;
    }
}
