package org.luoshi.publication;

import java.util.List;

/**
 * One task of a publication as drafted from the compiled report.
 *
 * @param withheld the task is not published at all
 * @param abridged the office replaced the progress text with a shortened one
 */
public record PublicationRow(
        int seq,
        String number,
        String content,
        List<String> leadUnits,
        String progress,
        String status,
        boolean withheld,
        boolean abridged) {

    public PublicationRow {
        leadUnits = List.copyOf(leadUnits);
    }

    PublicationRow withWithheld(boolean value) {
        return new PublicationRow(seq, number, content, leadUnits, progress, status, value, abridged);
    }

    PublicationRow withProgress(String text) {
        return new PublicationRow(seq, number, content, leadUnits, text, status, withheld, true);
    }

    CompiledReport.ReportRow reportRow() {
        return new CompiledReport.ReportRow(seq, number, content, leadUnits, progress, status);
    }
}
