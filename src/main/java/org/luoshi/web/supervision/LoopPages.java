package org.luoshi.web.supervision;

import jakarta.servlet.http.HttpServletResponse;
import org.luoshi.DomainException;
import org.luoshi.account.LuoshiUser;
import org.luoshi.account.Role;
import org.luoshi.plan.PlanQueries;
import org.luoshi.supervision.Closing;
import org.luoshi.supervision.Issuing;
import org.luoshi.supervision.SupervisionQueries;
import org.luoshi.supervision.TaskClosure;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The loop's overview, a plan's receipts and a task's closing; every rule is in the supervision module. */
@Controller
class LoopPages {

    private final Issuing issuing;
    private final Closing closing;
    private final SupervisionQueries queries;
    private final PlanQueries plans;
    private final MessageSource messages;

    LoopPages(Issuing issuing, Closing closing, SupervisionQueries queries, PlanQueries plans, MessageSource messages) {
        this.messages = messages;
        this.issuing = issuing;
        this.closing = closing;
        this.queries = queries;
        this.plans = plans;
    }

    @GetMapping("/supervision")
    String index(@AuthenticationPrincipal LuoshiUser user, Model model) {
        boolean office = user.is(Role.OFFICE) || user.is(Role.ADMIN);
        model.addAttribute("office", office);
        model.addAttribute("instructing", office || user.is(Role.LEADER));
        model.addAttribute(
                "plans",
                plans.plans(user.scope()).stream()
                        .map(p -> new PlanLine(
                                p.id(),
                                p.title(),
                                p.governmentName(),
                                issuing.issued(p.id()),
                                user.runsOfficeOf(p.governmentId())))
                        .toList());
        model.addAttribute("items", queries.items(user, false));
        model.addAttribute("declared", queries.closures(user, "declared"));
        model.addAttribute("closed", queries.closures(user, "closed"));
        return "supervision/index";
    }

    record PlanLine(long id, String title, String government, boolean issued, boolean canIssue) {}

    /** htmx: the user's open 督办单, for the work list and the leader's overview. */
    @GetMapping("/supervision/panel")
    String panel(@AuthenticationPrincipal LuoshiUser user, Model model) {
        model.addAttribute("items", queries.items(user, true));
        return "supervision/panel :: panel";
    }

    @PostMapping("/supervision/plans/{planId}/issue")
    String issue(@PathVariable long planId, @AuthenticationPrincipal LuoshiUser user, RedirectAttributes redirect) {
        int n = issuing.issue(planId, user);
        redirect.addFlashAttribute("message", text("loop.flash.issued", n));
        return "redirect:/supervision/plans/" + planId + "/receipts";
    }

    @GetMapping("/supervision/plans/{planId}/receipts")
    String receipts(@PathVariable long planId, @AuthenticationPrincipal LuoshiUser user, Model model) {
        var plan = plans.plan(planId, user.scope())
                .orElseThrow(
                        () -> DomainException.of(DomainException.Kind.NOT_FOUND, "supervision.not-found.plan", planId));
        model.addAttribute("plan", plan);
        model.addAttribute("issued", issuing.issued(planId));
        model.addAttribute("rows", queries.receipts(planId, user));
        model.addAttribute("unit", user.unitId() != null);
        return "supervision/receipts";
    }

    @PostMapping("/supervision/plans/{planId}/receipts/acknowledge-all")
    String acknowledgeAll(
            @PathVariable long planId, @AuthenticationPrincipal LuoshiUser user, RedirectAttributes redirect) {
        int n = issuing.acknowledgeAll(planId, user);
        redirect.addFlashAttribute("message", text("loop.flash.acknowledged", n));
        return "redirect:/supervision/plans/" + planId + "/receipts";
    }

    @PostMapping("/supervision/receipts/{id}/acknowledge")
    String acknowledge(@PathVariable long id, @AuthenticationPrincipal LuoshiUser user) {
        return "redirect:/supervision/plans/" + issuing.acknowledge(id, user).planId() + "/receipts";
    }

    @PostMapping("/supervision/receipts/{id}/dispute")
    String dispute(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String remark,
            @AuthenticationPrincipal LuoshiUser user,
            RedirectAttributes redirect) {
        return "redirect:/supervision/plans/"
                + issuing.dispute(id, remark, user).planId() + "/receipts";
    }

    @GetMapping("/supervision/tasks/{taskId}")
    String task(@PathVariable long taskId, @AuthenticationPrincipal LuoshiUser user, Model model) {
        return closingPage(taskId, "", "", "", null, user, model);
    }

    private String closingPage(
            long taskId, String report, String evidence, String reason, String error, LuoshiUser user, Model model) {
        model.addAttribute("task", closing.head(taskId, user));
        model.addAttribute("closure", closing.of(taskId, user).orElse(null));
        model.addAttribute("actions", closing.actions(taskId, user));
        model.addAttribute("proposal", closing.proposal(taskId, user).orElse(null));
        model.addAttribute("report", report);
        model.addAttribute("evidence", evidence);
        model.addAttribute("reason", reason);
        model.addAttribute("error", error);
        return "supervision/task";
    }

    /** Declare, close, send back or reopen; bad input comes back on the page with what was typed. */
    @PostMapping("/supervision/tasks/{taskId}/{step:declare|close|send-back|reopen}")
    String decide(
            @PathVariable long taskId,
            @PathVariable String step,
            @RequestParam(defaultValue = "-1") int version,
            @RequestParam(defaultValue = "") String report,
            @RequestParam(defaultValue = "") String evidence,
            @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal LuoshiUser user,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            TaskClosure c = switch (step) {
                case "declare" -> closing.declare(taskId, report, evidence, user);
                case "close" -> closing.close(taskId, version, user);
                case "send-back" -> closing.sendBack(taskId, version, reason, user);
                default -> closing.reopen(taskId, version, reason, user);
            };
            redirect.addFlashAttribute(
                    "message", text("loop.closure.flash." + c.state().code()));
            return "redirect:/supervision/tasks/" + taskId;
        } catch (DomainException e) {
            response.setStatus(
                    e.kind() == DomainException.Kind.CONFLICT
                            ? HttpStatus.CONFLICT.value()
                            : HttpStatus.BAD_REQUEST.value());
            return closingPage(taskId, report, evidence, reason, zh() ? e.zh() : e.en(), user, model);
        }
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }

    static boolean zh() {
        return !"en".equals(LocaleContextHolder.getLocale().getLanguage());
    }
}
