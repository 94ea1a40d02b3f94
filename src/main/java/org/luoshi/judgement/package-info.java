/**
 * The stored side of assessment: each task's proposed status per period with its reason and facts, the
 * office's overrides beside it, the period's findings and the roll-ups. The rules themselves are plain Java in
 * {@code org.luoshi.assessment}; this module runs them when progress changes and keeps their results.
 */
@ApplicationModule(
        displayName = "Judgements",
        allowedDependencies = {
            "account",
            "assessment",
            "audit",
            "plan",
            "plan :: events",
            "progress :: events",
            "progress :: spi",
            "text"
        })
package org.luoshi.judgement;

import org.springframework.modulith.ApplicationModule;
