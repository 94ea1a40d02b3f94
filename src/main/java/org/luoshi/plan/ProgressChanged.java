package org.luoshi.plan;

/** Published inside the transaction that changed a period's progress or a plan's tasks, so judgements follow. */
public record ProgressChanged(long governmentId, long planId, long periodId) {}
