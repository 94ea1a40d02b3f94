package org.luoshi.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The reporting period of an import as the office corrected it on the preview; a null or blank part keeps what the
 * document says. {@link #NONE} keeps everything.
 */
public record ImportPeriod(String label, LocalDate end, BigDecimal share) {

    public static final ImportPeriod NONE = new ImportPeriod(null, null, null);
}
