/**
 * Reminders and escalation: a configurable schedule before and after each period's due date, in-app
 * notifications to reporters and approvers, the office's escalation list and 催办. The schedule runs once across
 * all app instances (ShedLock on the database); each notification carries a key, so it is sent at most once.
 */
@ApplicationModule(
        displayName = "Reminders",
        allowedDependencies = {"account", "audit", "plan", "progress", "progress :: events"})
package org.luoshi.reminder;

import org.springframework.modulith.ApplicationModule;
