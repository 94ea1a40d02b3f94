package org.luoshi.progress;

import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * Reports of some tasks of a period were accepted, and their text is now the tasks' progress for the period.
 * One event per period and command (accepting a batch publishes one), so the period is re-judged once.
 */
@NamedInterface("events")
public record ReportsAccepted(long governmentId, long planId, long periodId, List<Long> taskIds) {

    public ReportsAccepted {
        taskIds = List.copyOf(taskIds);
    }
}
