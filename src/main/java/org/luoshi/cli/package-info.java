/**
 * The command line (picocli): {@code extract}, {@code eval} and {@code bench} run without Spring; {@code import},
 * {@code export}, {@code audit} and {@code serve} start the application. An adapter: no rules live here.
 */
@ApplicationModule(
        displayName = "Command line",
        allowedDependencies = {"account", "audit", "document", "plan"})
package org.luoshi.cli;

import org.springframework.modulith.ApplicationModule;
