package org.luoshi.plan;

import org.luoshi.document.ReadDocument;

/**
 * A read (not yet analyzed) document and where it would go: what the preview page shows. Nothing is stored.
 *
 * @param existingPlanId the plan the import would add to, or null when it would create one
 * @param alreadyImported true when this very document was imported into that plan before
 */
public record ImportSummary(
        Government government,
        int year,
        String planTitle,
        ReadDocument document,
        Long existingPlanId,
        boolean alreadyImported,
        ImportEditing editing) {}
