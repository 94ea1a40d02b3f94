package org.luoshi.web.admin;

import org.luoshi.DomainException;
import org.luoshi.account.LuoshiUser;
import org.luoshi.plan.GovernmentAdmin;
import org.luoshi.plan.UnitAdmin;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's unit list of one government: rename, add an alias, merge one unit into another. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class UnitPages {

    private final UnitAdmin units;
    private final GovernmentAdmin governments;

    UnitPages(UnitAdmin units, GovernmentAdmin governments) {
        this.units = units;
        this.governments = governments;
    }

    @GetMapping("/admin/units")
    String list(@RequestParam(required = false) Long government, Model model) {
        model.addAttribute("governments", governments.list());
        model.addAttribute("government", government);
        model.addAttribute("units", government == null ? java.util.List.of() : units.list(government));
        return "admin/units";
    }

    @PostMapping("/admin/units/{id}/rename")
    String rename(
            @PathVariable long id,
            @RequestParam long government,
            @RequestParam String name,
            @AuthenticationPrincipal LuoshiUser user,
            RedirectAttributes redirect) {
        return done(() -> units.rename(government, id, name, user.getUsername()), government, redirect);
    }

    @PostMapping("/admin/units/{id}/aliases")
    String addAlias(
            @PathVariable long id,
            @RequestParam long government,
            @RequestParam String alias,
            @AuthenticationPrincipal LuoshiUser user,
            RedirectAttributes redirect) {
        return done(() -> units.addAlias(government, id, alias, user.getUsername()), government, redirect);
    }

    @PostMapping("/admin/units/merge")
    String merge(
            @RequestParam long government,
            @RequestParam long into,
            @RequestParam long from,
            @AuthenticationPrincipal LuoshiUser user,
            RedirectAttributes redirect) {
        return done(() -> units.merge(government, into, from, user.getUsername()), government, redirect);
    }

    private static String done(Runnable action, long government, RedirectAttributes redirect) {
        try {
            action.run();
            redirect.addFlashAttribute("saved", true);
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", GovernmentPages.localized(e));
        }
        return "redirect:/admin/units?government=" + government;
    }
}
