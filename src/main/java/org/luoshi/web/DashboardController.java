package org.luoshi.web;

import org.luoshi.account.LuoshiUser;
import org.luoshi.assessment.Status;
import org.luoshi.dashboard.Dashboards;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The dashboard (驾驶舱) of a plan and period. */
@Controller
class DashboardController {

    private final Dashboards dashboards;

    DashboardController(Dashboards dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping("/plans/{id}/dashboard")
    String dashboard(
            @PathVariable long id,
            @RequestParam(required = false) String period,
            @AuthenticationPrincipal LuoshiUser user,
            Model model) {
        model.addAttribute("d", dashboards.of(id, period, user.scope()));
        model.addAttribute("statuses", Status.values());
        return "dashboard";
    }
}
