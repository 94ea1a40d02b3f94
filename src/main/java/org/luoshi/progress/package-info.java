/**
 * Progress reports per task, lead unit and period: draft, submit, unit approval, office review, return,
 * carry-forward from the previous period. The lifecycle and its guards live on {@link org.luoshi.progress.ProgressReport};
 * accepted text becomes the period's progress ({@link org.luoshi.progress.ReportsAccepted}).
 *
 * <p>Exposes its services and read models; its events ({@code ReportsAccepted}, {@code ReportReturned}) and the
 * {@link org.luoshi.progress.TaskStatuses} port form the named interfaces {@code events} and {@code spi}, all that
 * the judgement module may use of it.
 */
@ApplicationModule(
        displayName = "Progress reporting",
        allowedDependencies = {"account", "assessment", "audit", "plan", "plan :: events", "text"})
package org.luoshi.progress;

import org.springframework.modulith.ApplicationModule;
