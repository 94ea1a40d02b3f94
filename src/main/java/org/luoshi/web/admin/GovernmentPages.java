package org.luoshi.web.admin;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.luoshi.DomainException;
import org.luoshi.account.LuoshiUser;
import org.luoshi.plan.GovernmentAdmin;
import org.luoshi.plan.GovernmentAdmin.NewGovernment;
import org.luoshi.web.FormState;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's government list: every government with its level and parent; create one. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class GovernmentPages {

    static final String[] LEVELS = {"province", "city", "county", "district", "township"};

    private final GovernmentAdmin governments;
    private final MessageSource messages;

    GovernmentPages(GovernmentAdmin governments, MessageSource messages) {
        this.governments = governments;
        this.messages = messages;
    }

    /** What the administrator types to create a government; the service checks the code and the parent. */
    record GovernmentForm(
            @NotBlank(message = "{form.required}") @Size(max = 12, message = "{form.tooLong}")
            String code,

            @NotBlank(message = "{form.required}") @Size(max = 100, message = "{form.tooLong}")
            String name,

            @NotBlank(message = "{form.required}") String level,
            Long parentId) {}

    @GetMapping("/admin/governments")
    String list(Model model) {
        model.addAttribute("governments", governments.list());
        model.addAttribute("levels", LEVELS);
        return "admin/governments";
    }

    /** Bad input comes back beside the fields, with what was typed. */
    @PostMapping("/admin/governments")
    String create(
            @Valid @ModelAttribute("governmentForm") GovernmentForm form,
            BindingResult result,
            @AuthenticationPrincipal LuoshiUser user,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var failed = FormState.submit(
                null,
                result,
                messages,
                response,
                () -> governments.create(
                        new NewGovernment(form.code(), form.name(), form.level(), form.parentId()),
                        user.getUsername()));
        if (failed.isEmpty()) {
            redirect.addFlashAttribute("created", true);
            return "redirect:/admin/governments";
        }
        model.addAttribute("governmentState", failed.get());
        return list(model);
    }

    static String localized(DomainException e) {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? e.en() : e.zh();
    }
}
