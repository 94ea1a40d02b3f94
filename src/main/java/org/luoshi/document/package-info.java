/**
 * Reading documents: txt, HTML, DOCX, XLSX, CSV and canonical JSON into task rows, metadata and findings.
 *
 * <p>Every format's reader turns its input into {@code Block}s (lines and table rows); one
 * {@code StructuralReader} finds the task table in them by its header names, whatever the format, so a layout
 * learnt for one format works for all. Texts are kept as printed (Traditional characters too); headers,
 * labels and furniture are recognised on a folded copy (Simplified, ASCII punctuation).
 */
@ApplicationModule(
        displayName = "Document reading",
        allowedDependencies = {"assessment", "text"})
package org.luoshi.document;

import org.springframework.modulith.ApplicationModule;
