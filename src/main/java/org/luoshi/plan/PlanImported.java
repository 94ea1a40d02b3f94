package org.luoshi.plan;

import org.springframework.modulith.NamedInterface;

/**
 * A document was imported into a plan and changed it: tasks, targets or the progress of {@code periodId} (null
 * when the document carried no progress). Published inside the import's transaction; listeners that re-judge the
 * plan run after it commits.
 */
@NamedInterface("events")
public record PlanImported(long governmentId, long planId, Long periodId) {}
