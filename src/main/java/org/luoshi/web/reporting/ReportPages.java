package org.luoshi.web.reporting;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.luoshi.DomainException;
import org.luoshi.Sort;
import org.luoshi.account.LuoshiUser;
import org.luoshi.account.Role;
import org.luoshi.audit.AuditQueries;
import org.luoshi.plan.PlanQueries;
import org.luoshi.plan.PlanViews.PlanView;
import org.luoshi.progress.Attachments;
import org.luoshi.progress.PeriodClosing;
import org.luoshi.progress.ProgressReport;
import org.luoshi.progress.Proposals;
import org.luoshi.progress.ReportAction;
import org.luoshi.progress.ReportQueries;
import org.luoshi.progress.ReportSort;
import org.luoshi.progress.ReportViews.WorkFilter;
import org.luoshi.progress.Reporting;
import org.luoshi.reminder.Escalations;
import org.luoshi.reminder.Notifications;
import org.luoshi.reminder.Reach;
import org.luoshi.web.FormState;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The reporting pages; every rule is in {@link Reporting} and {@link org.luoshi.progress.ProgressReport}. */
@Controller
class ReportPages {

    private final Reporting reporting;
    private final ReportQueries queries;
    private final Proposals proposals;
    private final PlanQueries plans;
    private final Escalations escalations;
    private final Notifications notifications;
    private final AuditQueries audit;
    private final Attachments attachments;
    private final MessageSource messages;
    private final Reach reach;
    private final PeriodClosing closing;

    ReportPages(
            Reporting reporting,
            ReportQueries queries,
            Proposals proposals,
            PlanQueries plans,
            Escalations escalations,
            Notifications notifications,
            AuditQueries audit,
            Attachments attachments,
            MessageSource messages,
            Reach reach,
            PeriodClosing closing) {
        this.closing = closing;
        this.reach = reach;
        this.attachments = attachments;
        this.messages = messages;
        this.reporting = reporting;
        this.queries = queries;
        this.proposals = proposals;
        this.plans = plans;
        this.escalations = escalations;
        this.notifications = notifications;
        this.audit = audit;
    }

    @GetMapping("/reporting")
    String periods(@AuthenticationPrincipal LuoshiUser user, Model model) {
        var periods = queries.periods(user);
        model.addAttribute("periods", periods);
        model.addAttribute(
                "closedPeriods",
                closing.closedAmong(periods.stream().map(p -> p.id()).toList()));
        boolean office = user.is(Role.OFFICE) || user.is(Role.ADMIN);
        model.addAttribute("office", office);
        List<PlanView> officePlans = office
                ? plans.plans(user.scope()).stream()
                        .filter(p -> user.runsOfficeOf(p.governmentId()))
                        .toList()
                : List.of();
        model.addAttribute("plans", officePlans);
        // Reminders go to reporter accounts: the office sees, beside each plan, the lead units nobody would hear.
        Map<Long, List<String>> unreachable = new HashMap<>();
        officePlans.forEach(p -> unreachable.put(p.id(), reach.unitsWithoutReporters(p.id())));
        model.addAttribute("unreachable", unreachable);
        model.addAttribute("late", office || user.is(Role.LEADER) ? escalations.lateUnits(user) : List.of());
        model.addAttribute("notifications", notifications.of(user.getUsername(), 20));
        return "reporting/periods";
    }

    @InitBinder("periodForm")
    void periodRules(WebDataBinder binder) {
        binder.addValidators(new PeriodFields.Rules());
    }

    /** Bad input comes back on the periods page, beside the plan's form, with what the office typed. */
    @PostMapping("/reporting/plans/{planId}/periods")
    String openPeriod(
            @PathVariable long planId,
            @Valid @ModelAttribute("periodForm") PeriodFields form,
            BindingResult result,
            @AuthenticationPrincipal LuoshiUser user,
            Model model,
            HttpServletResponse response) {
        String label = form.getLabel() == null ? "" : form.getLabel().strip();
        if (!result.hasFieldErrors("label")
                && plans.periods(planId, user.scope()).stream()
                        .anyMatch(p -> p.label().equals(label))) {
            result.rejectValue("label", "day.period.duplicate", new Object[] {label}, null);
        }
        long[] opened = new long[1];
        var failed = FormState.submit(
                planId,
                result,
                messages,
                response,
                () -> opened[0] = reporting.openPeriod(planId, form.toForm(), user));
        if (failed.isEmpty()) {
            return "redirect:/reporting/periods/" + opened[0];
        }
        model.addAttribute("periodState", failed.get());
        return periods(user, model);
    }

    @PostMapping("/reporting/notifications/read")
    String read(@AuthenticationPrincipal LuoshiUser user) {
        notifications.markAllRead(user.getUsername());
        return "redirect:/reporting";
    }

    @GetMapping("/reporting/periods/{id}")
    String workList(
            @PathVariable long id,
            @RequestParam(required = false) Long unit,
            @RequestParam(required = false, defaultValue = "") String state,
            @RequestParam(required = false) Boolean late,
            @RequestParam(required = false, defaultValue = "") String status,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            @AuthenticationPrincipal LuoshiUser user,
            Model model) {
        WorkFilter filter = new WorkFilter(unit, state, late, status);
        Sort<ReportSort> order = ReportSort.parse(sort, dir);
        var all = queries.period(id, WorkFilter.none(), user);
        if (all.isEmpty()) {
            throw DomainException.of(DomainException.Kind.NOT_FOUND, "web.no-period", id);
        }
        model.addAttribute("periodId", id);
        var closure = closing.status(id, user);
        model.addAttribute("closure", closure);
        model.addAttribute("mayClose", closing.mayClose(closure, user));
        model.addAttribute("periodLabel", all.get(0).periodLabel());
        model.addAttribute("dueDate", all.get(0).dueDate());
        model.addAttribute(
                "units",
                all.stream()
                        .map(r -> new Unit(r.unitId(), r.unitName()))
                        .distinct()
                        .sorted((a, b) -> a.name().compareTo(b.name()))
                        .toList());
        model.addAttribute("rows", queries.period(id, filter, order, user));
        model.addAttribute("filter", filter);
        model.addAttribute("sort", order);
        model.addAttribute(
                "filtered",
                unit != null
                        || !filter.state().isEmpty()
                        || late != null
                        || !filter.status().isEmpty());
        model.addAttribute("office", user.is(Role.OFFICE) || user.is(Role.ADMIN));
        return "reporting/worklist";
    }

    record Unit(long id, String name) {}

    @PostMapping("/reporting/periods/{id}/accept")
    String acceptAll(
            @PathVariable long id,
            @RequestParam(name = "ids", required = false) List<Long> ids,
            @AuthenticationPrincipal LuoshiUser user,
            RedirectAttributes redirect) {
        int n = reporting.acceptAll(ids == null ? List.of() : ids, user);
        redirect.addFlashAttribute("message", said("day.flash.accepted", n));
        return "redirect:/reporting/periods/" + id;
    }

    @GetMapping("/reporting/reports/{id}")
    String report(@PathVariable long id, @AuthenticationPrincipal LuoshiUser user, Model model) {
        ProgressReport r = reporting.readable(id, user);
        // Text typed before an upload or a deletion without JavaScript came with that form: shown again, not lost.
        if (model.getAttribute(AttachmentPages.TYPED) instanceof String typed) {
            Object figures = model.getAttribute(AttachmentPages.TYPED_FIGURES);
            return form(
                    r,
                    new ReportForm(r.version(), typed, figures == null ? "" : figures.toString()),
                    null,
                    user,
                    model);
        }
        return form(r, new ReportForm(r.version(), r.text(), r.figures()), null, user, model);
    }

    private String form(ProgressReport r, ReportForm form, String conflict, LuoshiUser user, Model model) {
        model.addAttribute("report", r);
        model.addAttribute("row", queries.row(r.id(), user).orElseThrow());
        model.addAttribute("form", form);
        model.addAttribute("conflict", conflict);
        model.addAttribute("proposal", proposals.propose(r.id(), form.text(), form.figures(), user));
        Set<ReportAction> allowed = reporting.allowedActions(r, user);
        model.addAttribute("canEdit", allowed.contains(ReportAction.EDIT));
        model.addAttribute("canApprove", allowed.contains(ReportAction.APPROVE));
        model.addAttribute("canReview", allowed.contains(ReportAction.ACCEPT));
        model.addAttribute("canReturn", allowed.contains(ReportAction.RETURN));
        model.addAttribute("canUrge", allowed.contains(ReportAction.URGE));
        model.addAttribute("periodClosed", closing.isClosed(r.periodId()));
        model.addAttribute("attachments", attachments.list(r.id(), user));
        model.addAttribute(
                "history",
                audit.page(user.scope().all(), user.scope().governmentIds(), "report.", Long.toString(r.id()), 0, 50));
        return "reporting/report";
    }

    /** htmx: the figures read from the text and the status the system will propose, as the reporter types. */
    @PostMapping("/reporting/reports/{id}/preview")
    String preview(
            @PathVariable long id,
            @ModelAttribute ReportForm form,
            @AuthenticationPrincipal LuoshiUser user,
            Model model) {
        model.addAttribute("proposal", proposals.propose(id, form.text(), form.figures(), user));
        return "reporting/report :: proposal";
    }

    @PostMapping("/reporting/reports/{id}/save")
    String save(
            @PathVariable long id,
            @ModelAttribute ReportForm form,
            @RequestParam(defaultValue = "save") String action,
            @AuthenticationPrincipal LuoshiUser user,
            Model model,
            RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletResponse response) {
        int version = form.version() == null ? -1 : form.version();
        try {
            if ("submit".equals(action)) {
                reporting.submit(id, version, form.text(), form.figures(), user);
                redirect.addFlashAttribute("message", said("day.flash.submitted"));
            } else {
                reporting.save(id, version, form.text(), form.figures(), user);
                redirect.addFlashAttribute("message", said("day.flash.saved"));
            }
            return "redirect:/reporting/reports/" + id;
        } catch (DomainException e) {
            // The user's text stays in the form, next to the message, so nothing typed is lost.
            response.setStatus(
                    e.kind() == DomainException.Kind.CONFLICT
                            ? HttpStatus.CONFLICT.value()
                            : HttpStatus.BAD_REQUEST.value());
            ProgressReport latest = reporting.readable(id, user);
            return form(
                    latest,
                    new ReportForm(latest.version(), form.text(), form.figures()),
                    e.message(LocaleContextHolder.getLocale()),
                    user,
                    model);
        }
    }

    @PostMapping("/reporting/reports/{id}/approve")
    String approve(@PathVariable long id, @RequestParam int version, @AuthenticationPrincipal LuoshiUser user) {
        reporting.approve(id, version, user);
        return "redirect:/reporting/reports/" + id;
    }

    @PostMapping("/reporting/reports/{id}/return")
    String returnForRework(
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam String reason,
            @AuthenticationPrincipal LuoshiUser user) {
        reporting.returnForRework(id, version, reason, user);
        return "redirect:/reporting/reports/" + id;
    }

    @PostMapping("/reporting/reports/{id}/accept")
    String accept(@PathVariable long id, @RequestParam int version, @AuthenticationPrincipal LuoshiUser user) {
        reporting.accept(id, version, user);
        return "redirect:/reporting/reports/" + id;
    }

    @PostMapping("/reporting/reports/{id}/urge")
    String urge(
            @PathVariable long id,
            @RequestParam(required = false) String note,
            @AuthenticationPrincipal LuoshiUser user,
            RedirectAttributes redirect) {
        int n = escalations.urge(id, note, user);
        redirect.addFlashAttribute("message", said("day.flash.urged", n));
        return "redirect:/reporting/reports/" + id;
    }

    /** A notice after a redirect, in the page's language. */
    private static String said(String key, Object... args) {
        return org.luoshi.Texts.get(LocaleContextHolder.getLocale(), key, args);
    }
}
