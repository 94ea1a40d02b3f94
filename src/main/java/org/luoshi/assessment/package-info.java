/**
 * Assessment: proposes each task's status for a reporting period from its targets, the reported actuals and
 * the progress text, with a Chinese reason that shows the arithmetic, and maps it to a red/amber/green
 * signal. Plain Java, no Spring, no I/O.
 *
 * <p>Public API: {@link org.luoshi.assessment.Rules#judge} (status and reason) and
 * {@link org.luoshi.assessment.Rules#assess} (also the {@link org.luoshi.assessment.Signal}, the schedule gap
 * and the {@link org.luoshi.assessment.Check}s used), tuned by {@link org.luoshi.assessment.AssessmentPolicy}.
 * Everything else is package-private.
 *
 * <p>How figures are read, in short: growth and ratio targets compare rates (not pro-rated); amounts compare the
 * cumulative actual with target × 序时进度 (levels such as concentrations as they stand, ceilings the other way
 * round); completion shares compare with 序时进度; figures for an earlier month meet that month's 序时进度.
 * A task whose targets are only partly reported is ahead when what is reported is at or above schedule, behind
 * when it is all below, unclear when some targets are behind and others not; with nothing reported, the words
 * of the progress text decide, else no data.
 */
@ApplicationModule(
        displayName = "Assessment rules",
        allowedDependencies = {"text"})
package org.luoshi.assessment;

import org.springframework.modulith.ApplicationModule;
