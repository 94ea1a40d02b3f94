package org.luoshi.web.admin;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.luoshi.account.LuoshiUser;
import org.luoshi.account.Role;
import org.luoshi.account.UserAdmin;
import org.luoshi.account.UserAdmin.NewUser;
import org.luoshi.plan.Governments;
import org.luoshi.web.FormState;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's user list: create (unit-bound for reporters and approvers) and unlock. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class UserPages {

    private final UserAdmin users;
    private final Governments governments;
    private final MessageSource messages;

    UserPages(UserAdmin users, Governments governments, MessageSource messages) {
        this.users = users;
        this.governments = governments;
        this.messages = messages;
    }

    @GetMapping("/admin/users")
    String list(@AuthenticationPrincipal LuoshiUser user, Model model) {
        model.addAttribute("users", users.list());
        model.addAttribute("governments", governments.visible(user.scope()));
        model.addAttribute("roles", Role.values());
        return "admin/users";
    }

    /** Bad input comes back beside the fields, with what was typed (never the password). */
    @PostMapping("/admin/users")
    String create(
            @Valid @ModelAttribute("userForm") UserForm form,
            BindingResult result,
            @AuthenticationPrincipal LuoshiUser user,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var failed = FormState.submit(null, result, messages, response, () -> {
            users.create(
                    new NewUser(
                            form.getUsername(),
                            form.getDisplayName(),
                            form.getRole(),
                            form.getGovernmentId(),
                            form.getUnitId(),
                            form.getPassword()),
                    user);
            if (form.getEmail() != null && !form.getEmail().isBlank()) {
                users.setEmail(form.getUsername().strip(), form.getEmail(), user);
            }
        });
        if (failed.isEmpty()) {
            redirect.addFlashAttribute("created", true);
            return "redirect:/admin/users";
        }
        model.addAttribute("userState", failed.get());
        return list(user, model);
    }

    @PostMapping("/admin/users/{username}/unlock")
    String unlock(@PathVariable String username, @AuthenticationPrincipal LuoshiUser user) {
        users.unlock(username, user);
        return "redirect:/admin/users";
    }
}
