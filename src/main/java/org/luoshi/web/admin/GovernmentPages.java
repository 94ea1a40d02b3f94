package org.luoshi.web.admin;

import org.luoshi.DomainException;
import org.luoshi.account.LuoshiUser;
import org.luoshi.plan.GovernmentAdmin;
import org.luoshi.plan.GovernmentAdmin.NewGovernment;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's government list: every government with its level and parent; create one. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class GovernmentPages {

    static final String[] LEVELS = {"province", "city", "county", "district", "township"};

    private final GovernmentAdmin governments;

    GovernmentPages(GovernmentAdmin governments) {
        this.governments = governments;
    }

    @GetMapping("/admin/governments")
    String list(Model model) {
        model.addAttribute("governments", governments.list());
        model.addAttribute("levels", LEVELS);
        return "admin/governments";
    }

    @PostMapping("/admin/governments")
    String create(
            @RequestParam String code,
            @RequestParam String name,
            @RequestParam String level,
            @RequestParam(required = false) Long parentId,
            @AuthenticationPrincipal LuoshiUser user,
            RedirectAttributes redirect) {
        try {
            governments.create(new NewGovernment(code, name, level, parentId), user.getUsername());
            redirect.addFlashAttribute("created", true);
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", localized(e));
        }
        return "redirect:/admin/governments";
    }

    static String localized(DomainException e) {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? e.en() : e.zh();
    }
}
