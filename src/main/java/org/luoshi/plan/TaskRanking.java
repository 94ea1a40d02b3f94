package org.luoshi.plan;

import java.util.Map;

/**
 * Ranks a plan's tasks for the status column of its task table. The status is not this module's: the module that
 * judges tasks implements this (judgement), so that the plan orders by it without reading its tables.
 */
public interface TaskRanking {

    /** A rank per task of the plan, lower first (the most worrying status); tasks without a status are absent. */
    Map<Long, Integer> rank(long planId);
}
