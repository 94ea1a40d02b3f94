package org.luoshi.plan;

import java.util.List;

/**
 * The office's corrections of an upload, in order, and whether the government's layout profile is switched off for
 * it. {@link #NONE}: no corrections, the profile applied.
 */
public record ImportCorrections(List<Correction> corrections, boolean profileOff) {

    public static final ImportCorrections NONE = new ImportCorrections(List.of(), false);

    public ImportCorrections {
        corrections = List.copyOf(corrections);
    }
}
