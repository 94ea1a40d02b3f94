package org.luoshi.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.luoshi.plan.ExpectedShare;
import org.luoshi.plan.ImportPeriod;

/** The period fields of the import preview as typed: blank keeps the document's; an error is a message code. */
record ImportPeriodFields(ImportPeriod chosen, String error) {

    static ImportPeriodFields read(String label, String end, String share) {
        try {
            LocalDate date = end == null || end.isBlank() ? null : LocalDate.parse(end.strip());
            return new ImportPeriodFields(
                    new ImportPeriod(
                            label == null || label.isBlank() ? null : label.strip(),
                            date,
                            ExpectedShare.parse(share).orElse(null)),
                    null);
        } catch (DateTimeParseException e) {
            return new ImportPeriodFields(ImportPeriod.NONE, "typeMismatch.java.time.LocalDate");
        } catch (IllegalArgumentException e) {
            return new ImportPeriodFields(ImportPeriod.NONE, "day.period.share.unreadable");
        }
    }

    ImportPeriodFields failed(String code) {
        return new ImportPeriodFields(chosen, code);
    }
}
