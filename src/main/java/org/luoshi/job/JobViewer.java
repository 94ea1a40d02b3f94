package org.luoshi.job;

import java.util.List;

/**
 * Who asks for a job: its owner sees it, and so do the office of its government and the administrator
 * ({@code all}). Only the owner gets its result.
 *
 * @param officeOf the governments whose office the viewer is
 */
public record JobViewer(String username, boolean all, List<Long> officeOf) {

    public JobViewer {
        officeOf = List.copyOf(officeOf);
    }

    /** The ids to bind for {@code in (:govs)}: never empty. */
    List<Long> sqlIds() {
        return officeOf.isEmpty() ? List.of(-1L) : officeOf;
    }
}
