package org.luoshi.plan;

import java.util.List;
import org.luoshi.document.Finding;

/**
 * What an import changed.
 *
 * @param unchanged true when this very document had been imported before: nothing was written
 */
public record ImportResult(
        long planId,
        long governmentId,
        int year,
        String periodLabel,
        int tasks,
        int tasksAdded,
        int tasksUpdated,
        int progressWritten,
        int unitsCreated,
        boolean unchanged,
        List<Finding> findings) {
    public ImportResult {
        findings = List.copyOf(findings);
    }
}
