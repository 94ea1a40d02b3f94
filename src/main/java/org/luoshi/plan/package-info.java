/**
 * Governments (the tenants), their units and aliases, plans (a government's year), tasks, targets and
 * reporting periods; importing a read document as a plan and exporting it back. Every query is scoped by
 * a {@link org.luoshi.plan.Scope} with bound parameters.
 */
@ApplicationModule(
        displayName = "Plans and tasks",
        allowedDependencies = {"assessment", "audit", "document", "job", "text"})
package org.luoshi.plan;

import org.springframework.modulith.ApplicationModule;
