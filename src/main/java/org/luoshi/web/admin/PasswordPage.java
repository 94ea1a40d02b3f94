package org.luoshi.web.admin;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.luoshi.DomainException;
import org.luoshi.account.LuoshiUser;
import org.luoshi.account.Passwords;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Changing one's own password; after a change the user logs in again with the new one. */
@Controller
class PasswordPage {

    private final Passwords passwords;

    PasswordPage(Passwords passwords) {
        this.passwords = passwords;
    }

    @GetMapping("/password")
    String form(@AuthenticationPrincipal LuoshiUser user, Model model) {
        model.addAttribute("forced", user.mustChangePassword());
        return "admin/password";
    }

    @PostMapping("/password")
    String change(
            @RequestParam String current,
            @RequestParam String replacement,
            @RequestParam String repeated,
            @AuthenticationPrincipal LuoshiUser user,
            HttpServletRequest request,
            Model model)
            throws ServletException {
        try {
            passwords.change(user, current, replacement, repeated);
        } catch (DomainException e) {
            model.addAttribute("forced", user.mustChangePassword());
            model.addAttribute(
                    "error", "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? e.en() : e.zh());
            return "admin/password";
        }
        request.logout();
        return "redirect:/login?changed";
    }
}
