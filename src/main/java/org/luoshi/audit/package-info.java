/**
 * The append-only, tamper-evident audit trail: who did what, when, to which entity; each entry carries the hash
 * of the one before ({@link org.luoshi.audit.AuditChain}), and {@link org.luoshi.audit.AuditQueries} lets the
 * office read and export its own government's entries.
 */
@ApplicationModule(
        displayName = "Audit trail",
        allowedDependencies = {})
package org.luoshi.audit;

import org.springframework.modulith.ApplicationModule;
