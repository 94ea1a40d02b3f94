package org.luoshi.plan;

import java.util.Collection;
import java.util.List;

/**
 * The governments a caller may see. Every query of this module takes one and binds it as parameters
 * ({@code (:all or government_id in (:govs))}); nothing is ever spliced into SQL.
 */
public record Scope(boolean all, List<Long> governmentIds) {

    public Scope {
        governmentIds = List.copyOf(governmentIds);
    }

    public static Scope everything() {
        return new Scope(true, List.of());
    }

    public static Scope of(Collection<Long> governmentIds) {
        return new Scope(false, List.copyOf(governmentIds));
    }

    public boolean allows(long governmentId) {
        return all || governmentIds.contains(governmentId);
    }

    /** The ids to bind for {@code in (:govs)}: never empty, since {@code in ()} is not SQL. */
    public List<Long> sqlIds() {
        return governmentIds.isEmpty() ? List.of(-1L) : governmentIds;
    }
}
