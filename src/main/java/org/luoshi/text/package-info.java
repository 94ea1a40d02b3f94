/**
 * Reading Chinese government-report language: numbers (Arabic and Chinese numerals, 万/亿 magnitudes),
 * units, comparators, the kind of a figure, the metric it measures, the period it covers, and the link
 * from the figures of a progress report to the targets of its task. Pure Java, no I/O, no Spring.
 *
 * <p>The entry point is {@link org.luoshi.text.QuantityExtractor}; everything else is package-private.
 */
@ApplicationModule(
        displayName = "Reading Chinese",
        allowedDependencies = {})
package org.luoshi.text;

import org.springframework.modulith.ApplicationModule;
