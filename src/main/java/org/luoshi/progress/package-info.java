/**
 * Progress reports per task, lead unit and period: draft, submit, unit approval, office review, return,
 * carry-forward from the previous period. The lifecycle and its guards live on {@link org.luoshi.progress.ProgressReport};
 * accepted text becomes the period's progress and {@link org.luoshi.plan.ProgressChanged} re-judges it.
 */
@ApplicationModule(
        displayName = "Progress reporting",
        allowedDependencies = {"account", "assessment", "audit", "plan", "plan :: events", "text"})
package org.luoshi.progress;

import org.springframework.modulith.ApplicationModule;
