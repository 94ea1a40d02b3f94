package org.luoshi.progress;

import java.util.Map;
import org.luoshi.plan.Scope;
import org.springframework.modulith.NamedInterface;

/**
 * The status in force of each task of a period, for the work list's status column and filter. The judgement module
 * implements it, so that reporting shows judgements without depending on the module that listens to its events.
 */
@NamedInterface("spi")
public interface TaskStatuses {

    /** A status as the work list shows it: its code and its label. */
    record InForce(String code, String label) {}

    /** By task id; tasks without a judgement yet are absent. */
    Map<Long, InForce> inForce(long periodId, Scope scope);
}
