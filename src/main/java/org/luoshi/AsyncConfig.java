package org.luoshi;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Asynchronous event listeners ({@code @ApplicationModuleListener}: notifications, e-mail) run after the writer's
 * commit on Spring Boot's task executor, so they never hold up the writer. Their publications are in the event
 * registry until they complete.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class AsyncConfig {}
