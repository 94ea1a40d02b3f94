package org.luoshi.plan;

import java.util.List;
import org.luoshi.DomainException;
import org.luoshi.DomainException.Kind;
import org.luoshi.document.AnalyzedDocument;
import org.luoshi.job.Progress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The import preview as an editor: the pending upload read again with its layout profile and its corrections,
 * analysed as it would be stored. A correction is tried on the grid before it is kept, so a bad one is refused with
 * its message and nothing stored changes. Every step is in the database (any instance may serve the next one).
 */
@Service
public class ImportEditor {

    /** An upload as the editor shows it. */
    public record Editor(String token, PendingImports.Upload upload, ImportPreview preview, double weakBelow) {

        public ImportEditing editing() {
            return preview.editing();
        }

        public AnalyzedDocument analyzed() {
            return preview.document();
        }

        public boolean weak(double confidence) {
            return confidence < weakBelow;
        }

        /** The analysed task a grid row becomes; null for a heading, a row that is not a task, or an empty one. */
        public org.luoshi.document.AnalyzedTask analysis(int row) {
            int i = editing().grid().taskRows().indexOf(row);
            return i < 0 || i >= analyzed().tasks().size()
                    ? null
                    : analyzed().tasks().get(i);
        }

        public long weakRows() {
            return editing().grid().rows().stream()
                    .filter(r -> weak(r.confidence()))
                    .count();
        }

        public long weakColumns() {
            return editing().grid().columns().stream()
                    .filter(c -> weak(c.confidence()))
                    .count();
        }
    }

    private final PlanImporter importer;
    private final PendingImports pending;
    private final Governments governments;
    private final double weakBelow;

    ImportEditor(
            PlanImporter importer,
            PendingImports pending,
            Governments governments,
            @Value("${luoshi.import.weak-below:0.85}") double weakBelow) {
        this.importer = importer;
        this.pending = pending;
        this.governments = governments;
        this.weakBelow = weakBelow;
    }

    /** The upload with its corrections applied; not found when unknown, expired or someone else's. */
    public Editor open(String token, String username, Scope scope) {
        PendingImports.Upload upload = upload(token, username);
        return editor(token, upload, corrections(token, username), scope);
    }

    /** The corrections kept for the upload and whether its profile is switched off. */
    public ImportCorrections corrections(String token, String username) {
        return new ImportCorrections(pending.corrections(token, username), pending.profileOff(token, username));
    }

    /** Tries the correction after the kept ones and keeps it; a refused one leaves everything as it was. */
    public Editor correct(String token, String username, Scope scope, Correction correction) {
        return correct(token, username, scope, List.of(correction));
    }

    /**
     * Tries the corrections (a row rewritten cell by cell) after the kept ones and keeps them all, or, when one is
     * refused, none.
     */
    @Transactional
    public Editor correct(String token, String username, Scope scope, List<Correction> corrections) {
        PendingImports.Upload upload = upload(token, username);
        ImportCorrections known = corrections(token, username);
        List<Correction> tried = new java.util.ArrayList<>(known.corrections());
        tried.addAll(corrections);
        Editor editor = editor(token, upload, new ImportCorrections(tried, known.profileOff()), scope);
        int at = known.corrections().size();
        for (Correction c : corrections) {
            pending.addCorrection(token, username, at++, c);
        }
        return editor;
    }

    /**
     * The split of a row before the text the office typed (the start of the second part), as a correction counted in
     * characters of the row's task text.
     */
    public Correction splitBefore(Editor editor, int row, String text) {
        ImportGrid grid = editor.editing().grid();
        if (row < 1 || row > grid.rows().size()) {
            throw DomainException.of(
                    Kind.BAD_INPUT, "correction-no-row", row, grid.rows().size());
        }
        String needle = text == null ? "" : text.strip();
        var r = grid.rows().get(row - 1);
        for (int i = 0; i < grid.columns().size(); i++) {
            if (grid.columns().get(i).role() == ColumnRole.CONTENT) {
                int at = needle.isEmpty() ? -1 : r.cells().get(i).indexOf(needle);
                if (at < 0) {
                    throw DomainException.of(Kind.BAD_INPUT, "correction-split-text", needle);
                }
                return new Correction.Split(row, at);
            }
        }
        throw DomainException.of(Kind.BAD_INPUT, "correction-no-content");
    }

    public void undo(String token, String username) {
        upload(token, username);
        pending.undoCorrection(token, username);
    }

    public void switchProfile(String token, String username, boolean off) {
        upload(token, username);
        pending.switchProfile(token, username, off);
    }

    private Editor editor(String token, PendingImports.Upload upload, ImportCorrections corrections, Scope scope) {
        Government government = governments.byId(upload.governmentId()).orElseThrow(ImportEditor::expired);
        ImportPreview preview = importer.preview(
                upload.fileName(),
                upload.content(),
                government.name(),
                upload.year(),
                scope,
                Progress.NONE,
                corrections);
        return new Editor(token, upload, preview, weakBelow);
    }

    private PendingImports.Upload upload(String token, String username) {
        return pending.peek(token, username).orElseThrow(ImportEditor::expired);
    }

    /** The quantities as printed ("10公里以上"). */
    public static List<String> texts(List<org.luoshi.text.Quantity> quantities) {
        return quantities.stream().map(org.luoshi.text.Quantity::text).toList();
    }

    static DomainException expired() {
        return DomainException.of(DomainException.Kind.NOT_FOUND, "import.expired");
    }
}
