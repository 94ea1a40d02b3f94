package org.luoshi.plan;

import org.luoshi.document.ReadDocument;
import org.springframework.stereotype.Component;

/** Applies a government's layout profile and the office's corrections to a read document. */
@Component
class Corrector {

    record Corrected(ReadDocument document, ImportEditing editing) {}

    private final LayoutProfiles profiles;

    Corrector(LayoutProfiles profiles) {
        this.profiles = profiles;
    }

    /**
     * The document as corrected. Without a correction and with no profile applied it is the document as read (the
     * grid's rebuilding is not a no-op: it joins and splits cells its own way).
     */
    Corrected correct(long governmentId, ReadDocument read, ImportCorrections corrections) {
        ImportGrid grid = ImportGrid.of(read);
        String source = LayoutProfiles.source(read);
        var profile = profiles.of(governmentId, source);
        int applied = corrections.profileOff() ? 0 : grid.applyProfile(profile);
        for (Correction c : corrections.corrections()) {
            grid.apply(c);
        }
        ReadDocument document = applied == 0 && corrections.corrections().isEmpty() ? read : grid.document(read);
        return new Corrected(
                document,
                new ImportEditing(grid, source, profile, applied, corrections.profileOff(), corrections.corrections()));
    }

    /** Keeps the layout corrections of a committed import in the profile of its government and source. */
    void remember(long governmentId, ImportEditing editing, String actor) {
        profiles.remember(governmentId, editing.source(), editing.grid().layout(), actor);
    }
}
