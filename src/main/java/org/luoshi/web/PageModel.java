package org.luoshi.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.luoshi.account.LuoshiUser;
import org.luoshi.account.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's shell needs: who is logged in, what they may do and the side navigation for their role. */
@ControllerAdvice(annotations = Controller.class)
class PageModel {

    @ModelAttribute("currentUser")
    LuoshiUser currentUser(@AuthenticationPrincipal LuoshiUser user) {
        return user;
    }

    @ModelAttribute("canImport")
    boolean canImport(@AuthenticationPrincipal LuoshiUser user) {
        return user != null && (user.role() == Role.ADMIN || user.role() == Role.OFFICE);
    }

    /** The side navigation's groups for the user's role, the current section marked; empty when logged out. */
    @ModelAttribute("nav")
    List<Navigation.Group> nav(@AuthenticationPrincipal LuoshiUser user, HttpServletRequest request) {
        if (user == null) {
            return List.of();
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return Navigation.of(user.role(), path);
    }
}
