/**
 * The two ends of the supervision loop around reporting: a plan issued to its units (下达) and acknowledged by
 * each lead unit (签收), a finished task closed only on the office's check (办结报告 → 销号), and leaders'
 * instructions tracked as 督办单 with the units' replies. The lifecycles are guarded on {@link
 * org.luoshi.supervision.TaskReceipt}, {@link org.luoshi.supervision.TaskClosure} and {@link
 * org.luoshi.supervision.SupervisionItem}; the services check who may act and audit every change.
 */
@ApplicationModule(
        displayName = "Supervision loop",
        allowedDependencies = {
            "account",
            "audit",
            "judgement",
            "plan",
            "plan :: events",
            "progress",
            "progress :: spi",
            "reminder"
        })
package org.luoshi.supervision;

import org.springframework.modulith.ApplicationModule;
