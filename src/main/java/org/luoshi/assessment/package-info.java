/**
 * Assessment: proposes each task's status for a reporting period from its targets, the reported actuals and
 * the progress text, with a Chinese reason that shows the arithmetic, and maps it to a red/amber/green
 * signal. Plain Java, no Spring, no I/O.
 *
 * <p>Entry point: {@link org.luoshi.assessment.Rules}. The thresholds live in
 * {@link org.luoshi.assessment.AssessmentPolicy}; everything else here is package-private.
 */
package org.luoshi.assessment;
