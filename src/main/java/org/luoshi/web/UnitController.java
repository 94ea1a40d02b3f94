package org.luoshi.web;

import org.luoshi.DomainException;
import org.luoshi.account.LuoshiUser;
import org.luoshi.account.Role;
import org.luoshi.dashboard.UnitOverview;
import org.luoshi.plan.UnitQueries;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The units a user may see and a unit's page. Reporters and approvers see only their own unit: another unit
 * answers 404 like a row of another government, so that nothing is disclosed.
 */
@Controller
class UnitController {

    private final UnitQueries units;
    private final UnitOverview overview;

    UnitController(UnitQueries units, UnitOverview overview) {
        this.units = units;
        this.overview = overview;
    }

    @GetMapping("/units")
    String units(@AuthenticationPrincipal LuoshiUser user, Model model) {
        model.addAttribute("units", units.units(user.scope(), ownUnitOnly(user) ? ownUnit(user) : null));
        return "units";
    }

    @GetMapping("/units/{id}")
    String unit(
            @PathVariable long id,
            @RequestParam(required = false) Long plan,
            @RequestParam(required = false) String period,
            @AuthenticationPrincipal LuoshiUser user,
            Model model) {
        if (ownUnitOnly(user) && id != ownUnit(user)) {
            throw DomainException.of(DomainException.Kind.NOT_FOUND, "web.no-such-unit", id);
        }
        model.addAttribute("u", overview.of(id, plan, period, user.scope()));
        return "unit";
    }

    private static boolean ownUnitOnly(LuoshiUser user) {
        return user.is(Role.REPORTER) || user.is(Role.APPROVER);
    }

    /** A reporter or approver without a unit sees none (-1 matches no unit). */
    private static long ownUnit(LuoshiUser user) {
        return user.unitId() == null ? -1L : user.unitId();
    }
}
