package org.luoshi.web;

import org.luoshi.account.LuoshiUser;
import org.luoshi.account.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's header needs: who is logged in and what they may do. */
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
}
