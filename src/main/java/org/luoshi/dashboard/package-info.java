/** Read models for the leaders' and the office's dashboard (驾驶舱): one plan and period at a glance. */
@ApplicationModule(
        displayName = "Dashboards",
        allowedDependencies = {"assessment", "judgement", "plan"})
package org.luoshi.dashboard;

import org.springframework.modulith.ApplicationModule;
