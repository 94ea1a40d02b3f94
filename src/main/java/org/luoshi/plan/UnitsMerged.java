package org.luoshi.plan;

import org.springframework.modulith.NamedInterface;

/**
 * Unit {@code from} of a government is being merged into unit {@code into}. Published inside the merge's
 * transaction, before the unit is deleted: the modules that keep rows of a unit (reports, accounts) move them to
 * {@code into} in the same transaction, or refuse by throwing, and the whole merge rolls back.
 */
@NamedInterface("events")
public record UnitsMerged(long governmentId, long into, long from) {}
