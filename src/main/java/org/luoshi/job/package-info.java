/**
 * Background jobs: long work (importing a large document, rendering a large report) run on a small bounded
 * executor, with its progress, result and error kept in {@code background_job} so that the user can leave the
 * page and come back. The work reports through {@link org.luoshi.job.Progress}; what the work is belongs to
 * the modules that start it, not to this one.
 */
@ApplicationModule(
        displayName = "Background jobs",
        allowedDependencies = {})
package org.luoshi.job;

import org.springframework.modulith.ApplicationModule;
