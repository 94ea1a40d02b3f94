package org.luoshi.plan;

import org.luoshi.document.AnalyzedDocument;

/**
 * A parsed document shown to the office before it is committed: nothing has been stored.
 *
 * @param existingPlanId the plan the import would add to, or null when it would create one
 * @param alreadyImported true when this very document was imported into that plan before
 * @param editing         how the reading was corrected (layout profile, the office's corrections)
 */
public record ImportPreview(
        Government government,
        int year,
        String planTitle,
        AnalyzedDocument document,
        Long existingPlanId,
        boolean alreadyImported,
        ImportEditing editing) {}
