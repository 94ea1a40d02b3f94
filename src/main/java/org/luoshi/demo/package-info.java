/** The demo: the Zhoushan 2022 report imported at start, so a newcomer sees a real plan at once. */
@ApplicationModule(
        displayName = "Demo data",
        allowedDependencies = {"plan"})
package org.luoshi.demo;

import org.springframework.modulith.ApplicationModule;
