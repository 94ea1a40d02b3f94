package org.luoshi.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * How an upload's reading was corrected: the grid after the layout profile and the office's corrections, the
 * government's profile for the document's source and how many of its corrections applied.
 *
 * @param source the issuing office the profile is kept under ('' when the document names none)
 */
public record ImportEditing(
        ImportGrid grid,
        String source,
        List<Correction> profile,
        int profileApplied,
        boolean profileOff,
        List<Correction> corrections) {

    public ImportEditing {
        profile = List.copyOf(profile);
        corrections = List.copyOf(corrections);
    }

    /** True when the government has a profile for that source (applied or switched off). */
    public boolean profileFound() {
        return !profile.isEmpty();
    }

    /** The stored record of what was done: the profile's corrections when it applied (prefixed), then the office's. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        if (profileApplied > 0) {
            profile.forEach(c -> out.add("profile\t" + c.line()));
        }
        corrections.forEach(c -> out.add(c.line()));
        return out;
    }
}
