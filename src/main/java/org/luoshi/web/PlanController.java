package org.luoshi.web;

import org.luoshi.DomainException;
import org.luoshi.account.LuoshiUser;
import org.luoshi.plan.PlanQueries;
import org.luoshi.plan.PlanViews.TaskFilter;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Plans, a plan's task table and a task's page. */
@Controller
class PlanController {

    private static final int PAGE_SIZE = 20;

    private final PlanQueries plans;

    PlanController(PlanQueries plans) {
        this.plans = plans;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/plans";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/plans")
    String plans(@AuthenticationPrincipal LuoshiUser user, Model model) {
        model.addAttribute("plans", plans.plans(user.scope()));
        return "plans";
    }

    /** @param page counts from 1 in the URL */
    @GetMapping("/plans/{id}")
    String plan(@PathVariable long id, @RequestParam(required = false) Long unit,
                @RequestParam(required = false, defaultValue = "") String q,
                @RequestParam(required = false, defaultValue = "1") int page,
                @AuthenticationPrincipal LuoshiUser user, Model model) {
        var plan = plans.plan(id, user.scope()).orElseThrow(() -> planNotFound(id));
        TaskFilter filter = new TaskFilter(unit, q, page - 1, PAGE_SIZE);
        model.addAttribute("plan", plan);
        model.addAttribute("filter", filter);
        model.addAttribute("page", plans.tasks(id, filter, user.scope()));
        model.addAttribute("units", plans.units(id, user.scope()));
        model.addAttribute("periods", plans.periods(id, user.scope()));
        model.addAttribute("findings", plans.findings(id, user.scope()));
        return "plan";
    }

    @GetMapping("/tasks/{id}")
    String task(@PathVariable long id, @AuthenticationPrincipal LuoshiUser user, Model model) {
        model.addAttribute("task", plans.task(id, user.scope())
                .orElseThrow(() -> DomainException.notFound("任务不存在:" + id, "no such task: " + id)));
        return "task";
    }

    static DomainException planNotFound(long id) {
        return DomainException.notFound("计划不存在:" + id, "no such plan: " + id);
    }
}
