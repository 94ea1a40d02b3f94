/**
 * Operations: the application's own metrics for Prometheus (imports, jobs, queue lengths) beside Spring Boot's
 * (HTTP timings, the pool, the JVM), and a request id in every log line ({@link org.luoshi.ops.RequestIds}).
 * Health, readiness and liveness are Spring Boot Actuator's, configured in {@code application.properties}.
 */
@ApplicationModule(
        displayName = "Operations",
        allowedDependencies = {"job", "plan :: events"})
package org.luoshi.ops;

import org.springframework.modulith.ApplicationModule;
