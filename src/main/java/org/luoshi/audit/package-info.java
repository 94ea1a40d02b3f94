/**
 * The append-only, tamper-evident audit trail: who did what, when, to which entity. One chain per government,
 * each entry sealed with an HMAC key kept outside the database ({@link org.luoshi.audit.AuditKeys}), signed
 * checkpoints written outside it ({@link org.luoshi.audit.AuditCheckpoints}), verified by
 * {@link org.luoshi.audit.AuditChain}; {@link org.luoshi.audit.AuditQueries} lets the office read and export its own
 * government's entries.
 */
@ApplicationModule(
        displayName = "Audit trail",
        allowedDependencies = {})
package org.luoshi.audit;

import org.springframework.modulith.ApplicationModule;
