package org.luoshi.web.admin;

import org.luoshi.account.LuoshiUser;
import org.luoshi.account.Role;
import org.luoshi.account.UserAdmin;
import org.luoshi.account.UserAdmin.NewUser;
import org.luoshi.plan.Governments;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's user list: create (unit-bound for reporters and approvers) and unlock. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class UserPages {

    private final UserAdmin users;
    private final Governments governments;

    UserPages(UserAdmin users, Governments governments) {
        this.users = users;
        this.governments = governments;
    }

    @GetMapping("/admin/users")
    String list(@AuthenticationPrincipal LuoshiUser user, Model model) {
        model.addAttribute("users", users.list());
        model.addAttribute("governments", governments.visible(user.scope()));
        model.addAttribute("roles", Role.values());
        return "admin/users";
    }

    @PostMapping("/admin/users")
    String create(
            @RequestParam String username,
            @RequestParam(required = false) String displayName,
            @RequestParam Role role,
            @RequestParam(required = false) Long governmentId,
            @RequestParam(required = false) Long unitId,
            @RequestParam String password,
            @RequestParam(required = false) String email,
            @AuthenticationPrincipal LuoshiUser user,
            RedirectAttributes redirect) {
        users.create(new NewUser(username, displayName, role, governmentId, unitId, password), user);
        if (email != null && !email.isBlank()) {
            users.setEmail(username.strip(), email, user);
        }
        redirect.addFlashAttribute("created", true);
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{username}/unlock")
    String unlock(@PathVariable String username, @AuthenticationPrincipal LuoshiUser user) {
        users.unlock(username, user);
        return "redirect:/admin/users";
    }
}
