package org.luoshi.progress;

import org.springframework.modulith.NamedInterface;

/** The office opened a reporting period: every task of the plan is now to be reported for it (and, until then, 未报送). */
@NamedInterface("events")
public record PeriodOpened(long governmentId, long planId, long periodId) {}
