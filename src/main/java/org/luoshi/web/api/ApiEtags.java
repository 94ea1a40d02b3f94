package org.luoshi.web.api;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * ETags on the API's reads: a hash of the answer as its ETag, and 304 for {@code If-None-Match} with the same.
 * Computed from the body (the database is read either way), so it costs the server the same and saves the client and
 * the network the transfer; it is correct whatever changed the data, which a version-based ETag would have to track.
 */
@Configuration(proxyBeanMethods = false)
class ApiEtags {

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtagFilter() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration =
                new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns("/api/v1/*");
        registration.setName("apiEtags");
        return registration;
    }
}
