package org.luoshi.supervision;

import org.luoshi.account.LuoshiUser;
import org.luoshi.account.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may act in the loop, in one place: the office of the government closes and decides, a unit's reporter or
 * approver acts for its own unit only, leaders (and the office) write instructions in their scope.
 */
final class Actors {

    private Actors() {}

    static void requireOffice(LuoshiUser user, long governmentId) {
        if (!user.runsOfficeOf(governmentId)) {
            throw new AccessDeniedException("only the office of the government does this");
        }
    }

    static boolean ofUnit(LuoshiUser user, long unitId, long governmentId) {
        return (user.is(Role.REPORTER) || user.is(Role.APPROVER))
                && Long.valueOf(unitId).equals(user.unitId())
                && user.scope().allows(governmentId);
    }

    static void requireUnit(LuoshiUser user, long unitId, long governmentId) {
        if (!ofUnit(user, unitId, governmentId)) {
            throw new AccessDeniedException("only the unit's own reporter or approver does this");
        }
    }

    /** A leader in whose scope the government is, or its office. */
    static void requireInstructing(LuoshiUser user, long governmentId) {
        boolean leader = user.is(Role.LEADER) && user.scope().allows(governmentId);
        if (!leader && !user.runsOfficeOf(governmentId)) {
            throw new AccessDeniedException("only a leader or the office writes an instruction");
        }
    }

    /** Office, leaders and administrators read everything of a government in their scope. */
    static boolean oversees(LuoshiUser user, long governmentId) {
        return switch (user.role()) {
            case ADMIN -> true;
            case OFFICE, LEADER -> user.scope().allows(governmentId);
            default -> false;
        };
    }
}
