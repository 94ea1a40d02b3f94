package org.luoshi.web.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.time.OffsetDateTime;
import java.util.Map;
import org.luoshi.DomainException;
import org.luoshi.account.ApiTokens;
import org.luoshi.account.ApiTokens.NewToken;
import org.luoshi.account.LuoshiUser;
import org.luoshi.account.Role;
import org.luoshi.account.ServiceAccounts;
import org.luoshi.plan.Governments;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * API tokens: every user's own ({@code /tokens}), and the administrator's service accounts with theirs
 * ({@code /admin/service-accounts}). A new token's secret is shown once, on the page that answers the creation.
 */
@Controller
class TokenPages {

    private final ApiTokens tokens;
    private final ServiceAccounts serviceAccounts;
    private final Governments governments;

    TokenPages(ApiTokens tokens, ServiceAccounts serviceAccounts, Governments governments) {
        this.tokens = tokens;
        this.serviceAccounts = serviceAccounts;
        this.governments = governments;
    }

    @GetMapping("/tokens")
    String own(@AuthenticationPrincipal LuoshiUser user, Model model) {
        model.addAttribute("tokens", tokens.of(user.getUsername()));
        model.addAttribute("governments", governments.visible(user.scope()));
        model.addAttribute("now", OffsetDateTime.now());
        model.addAttribute("maxDays", ApiTokens.MAX_DAYS);
        model.addAttribute("typed", Map.of());
        return "admin/tokens";
    }

    @PostMapping("/tokens")
    String create(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "90") int days,
            @RequestParam(defaultValue = "false") boolean writes,
            @RequestParam(required = false) Long governmentId,
            @AuthenticationPrincipal LuoshiUser user,
            Model model,
            HttpServletResponse response) {
        String secret = null;
        DomainException refusal = null;
        try {
            secret = tokens.create(user, new NewToken(name, days, writes, governmentId))
                    .secret();
        } catch (DomainException e) {
            refusal = e;
        }
        String page = own(user, model);
        if (refusal != null) {
            refused(refusal, model, response);
            keepTyped(model, name, days, writes, governmentId);
        } else {
            model.addAttribute("secret", secret);
        }
        return page;
    }

    @PostMapping("/tokens/{id}/revoke")
    String revoke(@PathVariable long id, @AuthenticationPrincipal LuoshiUser user) {
        tokens.revoke(id, user);
        return "redirect:/tokens";
    }

    @GetMapping("/admin/service-accounts")
    @PreAuthorize("hasRole('ADMIN')")
    String serviceAccounts(@AuthenticationPrincipal LuoshiUser user, Model model) {
        model.addAttribute("accounts", serviceAccounts.list());
        model.addAttribute("tokens", tokens.ofServiceAccounts(user));
        model.addAttribute("governments", governments.visible(user.scope()));
        model.addAttribute("roles", new Role[] {Role.OFFICE, Role.LEADER});
        model.addAttribute("now", OffsetDateTime.now());
        model.addAttribute("maxDays", ApiTokens.MAX_DAYS);
        model.addAttribute("typed", Map.of());
        return "admin/service-accounts";
    }

    @PostMapping("/admin/service-accounts")
    @PreAuthorize("hasRole('ADMIN')")
    String createServiceAccount(
            @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String displayName,
            @RequestParam(defaultValue = "OFFICE") Role role,
            @RequestParam(required = false) Long governmentId,
            @AuthenticationPrincipal LuoshiUser user,
            Model model,
            HttpServletResponse response) {
        try {
            serviceAccounts.create(user, username, displayName, role, governmentId);
            return "redirect:/admin/service-accounts";
        } catch (DomainException e) {
            String page = serviceAccounts(user, model);
            model.addAttribute("error", text(e));
            model.addAttribute(
                    "typed",
                    Map.of(
                            "username",
                            username,
                            "displayName",
                            displayName,
                            "role",
                            role.name(),
                            "governmentId",
                            governmentId == null ? "" : governmentId.toString()));
            response.setStatus(400);
            return page;
        }
    }

    @PostMapping("/admin/service-accounts/tokens")
    @PreAuthorize("hasRole('ADMIN')")
    String createServiceToken(
            @RequestParam(defaultValue = "") String account,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "90") int days,
            @RequestParam(defaultValue = "false") boolean writes,
            @RequestParam(required = false) Long governmentId,
            @AuthenticationPrincipal LuoshiUser user,
            Model model,
            HttpServletResponse response) {
        String secret = null;
        DomainException refusal = null;
        try {
            secret = tokens.createForServiceAccount(user, account, new NewToken(name, days, writes, governmentId))
                    .secret();
        } catch (DomainException e) {
            refusal = e;
        }
        String page = serviceAccounts(user, model);
        if (refusal != null) {
            refused(refusal, model, response);
            keepTyped(model, name, days, writes, governmentId);
            model.addAttribute("typedAccount", account);
        } else {
            model.addAttribute("secret", secret);
        }
        return page;
    }

    @PostMapping("/admin/service-accounts/tokens/{id}/revoke")
    @PreAuthorize("hasRole('ADMIN')")
    String revokeServiceToken(@PathVariable long id, @AuthenticationPrincipal LuoshiUser user) {
        tokens.revoke(id, user);
        return "redirect:/admin/service-accounts";
    }

    private static void refused(DomainException e, Model model, HttpServletResponse response) {
        model.addAttribute("error", text(e));
        response.setStatus(e.kind() == DomainException.Kind.CONFLICT ? 409 : 400);
    }

    private static void keepTyped(Model model, String name, int days, boolean writes, Long governmentId) {
        model.addAttribute(
                "typed",
                Map.of(
                        "name",
                        name,
                        "days",
                        String.valueOf(days),
                        "writes",
                        String.valueOf(writes),
                        "governmentId",
                        governmentId == null ? "" : governmentId.toString()));
    }

    private static String text(DomainException e) {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? e.en() : e.zh();
    }
}
