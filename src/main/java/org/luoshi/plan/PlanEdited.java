package org.luoshi.plan;

import org.springframework.modulith.NamedInterface;

/**
 * The office changed a plan by hand: a task's text, units, targets or state. Published inside the edit's
 * transaction; the plan's periods are judged again after it commits, so the page that follows shows the new status.
 */
@NamedInterface("events")
public record PlanEdited(long governmentId, long planId) {}
