package org.luoshi.web.portal;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/** An ETag on every portal response, so that a revalidating client gets 304 Not Modified for the same bytes. */
@Configuration(proxyBeanMethods = false)
class PortalCaching {

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> portalEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> bean =
                new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        bean.addUrlPatterns("/portal/*");
        bean.setName("portalEtags");
        return bean;
    }
}
