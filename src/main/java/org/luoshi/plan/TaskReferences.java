package org.luoshi.plan;

/**
 * What another module keeps about a task (a unit's progress reports): a task that has any is cancelled (销号), never
 * removed, so removing a task typed in error loses nothing reported. Implemented by the modules that keep such records.
 */
public interface TaskReferences {

    /** How many of this module's records name the task. */
    int count(long taskId);
}
