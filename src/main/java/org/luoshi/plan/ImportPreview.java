package org.luoshi.plan;

import org.luoshi.document.AnalyzedDocument;

/**
 * A parsed document shown to the office before it is committed: nothing has been stored.
 *
 * @param existingPlanId the plan the import would add to, or null when it would create one
 * @param alreadyImported true when this very document was imported into that plan before
 */
public record ImportPreview(
        Government government,
        int year,
        String planTitle,
        AnalyzedDocument document,
        Long existingPlanId,
        boolean alreadyImported) {}
