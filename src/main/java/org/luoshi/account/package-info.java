/** Users, roles and what each may see (its {@link org.luoshi.plan.Scope}); login and the demo accounts. */
@ApplicationModule(
        displayName = "Accounts",
        allowedDependencies = {"audit", "plan", "plan :: events"})
package org.luoshi.account;

import org.springframework.modulith.ApplicationModule;
