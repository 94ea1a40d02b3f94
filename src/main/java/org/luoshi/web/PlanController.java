package org.luoshi.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.luoshi.DomainException;
import org.luoshi.Sort;
import org.luoshi.account.LuoshiUser;
import org.luoshi.account.Role;
import org.luoshi.assessment.Status;
import org.luoshi.audit.TaskHistory;
import org.luoshi.judgement.JudgementQueries;
import org.luoshi.judgement.JudgementViews.FindingView;
import org.luoshi.judgement.JudgementViews.JudgementView;
import org.luoshi.judgement.Overrides;
import org.luoshi.plan.PlanQueries;
import org.luoshi.plan.PlanViews.TaskDetail;
import org.luoshi.plan.PlanViews.TaskFilter;
import org.luoshi.plan.TaskSort;
import org.luoshi.plan.UnitQueries;
import org.luoshi.progress.ReportQueries;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Plans, a plan's task table and a task's page. */
@Controller
class PlanController {

    private static final int PAGE_SIZE = 20;

    private final PlanQueries plans;
    private final JudgementQueries judgements;
    private final Overrides overrides;
    private final TaskHistory history;
    private final UnitQueries units;
    private final ReportQueries reports;
    private final MessageSource messages;
    private final org.luoshi.plan.PlanEdits edits;

    PlanController(
            PlanQueries plans,
            JudgementQueries judgements,
            Overrides overrides,
            TaskHistory history,
            UnitQueries units,
            ReportQueries reports,
            MessageSource messages,
            org.luoshi.plan.PlanEdits edits) {
        this.messages = messages;
        this.edits = edits;
        this.plans = plans;
        this.judgements = judgements;
        this.overrides = overrides;
        this.history = history;
        this.units = units;
        this.reports = reports;
    }

    /** Each role lands on its work: reporters and approvers their reports, leaders the overview, the office its plan. */
    @GetMapping("/")
    String home(@AuthenticationPrincipal LuoshiUser user) {
        if (user == null || user.is(Role.ADMIN)) {
            return "redirect:/plans";
        }
        if (user.is(Role.REPORTER) || user.is(Role.APPROVER)) {
            return "redirect:/reporting";
        }
        if (user.is(Role.LEADER)) {
            return "redirect:/overview";
        }
        return plans.plans(user.scope()).stream()
                .filter(p -> user.runsOfficeOf(p.governmentId()))
                .max(java.util.Comparator.comparingInt(p -> p.year()))
                .map(p -> "redirect:/plans/" + p.id())
                .orElse("redirect:/plans");
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
    String plan(
            @PathVariable long id,
            @RequestParam(required = false) Long unit,
            @RequestParam(required = false, defaultValue = "") String q,
            @RequestParam(required = false, defaultValue = "1") int page,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            @RequestParam(required = false) Long period,
            @AuthenticationPrincipal LuoshiUser user,
            Model model) {
        var plan = plans.plan(id, user.scope()).orElseThrow(() -> planNotFound(id));
        TaskFilter filter = new TaskFilter(unit, q, page - 1, PAGE_SIZE);
        Sort<TaskSort> order = TaskSort.parse(sort, dir);
        model.addAttribute("plan", plan);
        model.addAttribute("filter", filter);
        model.addAttribute("sort", order);
        var tasks = plans.tasks(id, filter, order, user.scope());
        model.addAttribute("page", tasks);
        model.addAttribute("units", plans.units(id, user.scope()));
        var periods = plans.periods(id, user.scope());
        model.addAttribute("periods", periods);
        model.addAttribute("findings", plans.findings(id, user.scope()));
        // One period at a time: the one asked for, else the latest that has progress (not a period just opened).
        var shown = PeriodChoice.of(
                periods, period, () -> judgements.period(id, null, user.scope()).id());
        model.addAttribute("latest", shown);
        model.addAttribute("judgements", shown == null ? Map.of() : judgements.forPeriod(shown.id(), user.scope()));
        model.addAttribute(
                "progress",
                shown == null
                        ? Map.of()
                        : plans.progress(
                                shown.id(),
                                tasks.items().stream().map(t -> t.id()).toList(),
                                user.scope()));
        var periodFindings = shown == null ? List.<FindingView>of() : judgements.findings(shown.id(), user.scope());
        model.addAttribute("periodFindings", periodFindings);
        Map<String, Integer> findingCounts = new LinkedHashMap<>();
        periodFindings.forEach(f -> findingCounts.merge(f.kind(), 1, Integer::sum));
        model.addAttribute("findingCounts", findingCounts);
        return "plan";
    }

    @GetMapping("/tasks/{id}")
    String task(@PathVariable long id, @AuthenticationPrincipal LuoshiUser user, Model model) {
        TaskDetail task = plans.task(id, user.scope())
                .orElseThrow(() -> DomainException.of(DomainException.Kind.NOT_FOUND, "web.no-such-task", id));
        model.addAttribute("task", task);
        // A task cancelled (销号) or merged says so, with its reason (issue 14).
        model.addAttribute("taskForm", edits.task(id, user.scope()).orElse(null));
        model.addAttribute(
                "judgements",
                judgements.forTask(id, user.scope()).stream()
                        .collect(Collectors.toMap(JudgementView::periodLabel, j -> j)));
        model.addAttribute("statuses", Status.values());
        model.addAttribute("taskUnits", units.forTask(id, user.scope()));
        model.addAttribute(
                "history",
                history.forTask(
                        id,
                        task.planId(),
                        reports.idsOfTask(id, user),
                        user.scope().all(),
                        user.scope().governmentIds()));
        return "task";
    }

    /** An override as typed: the period, the status (blank: back to the proposal) and the reason. */
    record OverrideForm(
            @NotNull(message = "{form.required}") Long period,
            String status,
            @Size(max = 2000, message = "{form.tooLong}") String reason) {}

    /** A refused override comes back beside its period's form on the task page, with the typed reason. */
    @PostMapping("/tasks/{id}/override")
    String override(
            @PathVariable long id,
            @Valid @ModelAttribute("overrideForm") OverrideForm form,
            BindingResult result,
            @AuthenticationPrincipal LuoshiUser user,
            Model model,
            HttpServletResponse response) {
        var failed = FormState.submit(form.period(), result, messages, response, () -> {
            if (form.status() == null || form.status().isBlank()) {
                overrides.clear(id, form.period(), user);
            } else {
                overrides.override(id, form.period(), form.status(), form.reason(), user);
            }
        });
        if (failed.isEmpty()) {
            return "redirect:/tasks/" + id;
        }
        model.addAttribute("overrideState", failed.get());
        return task(id, user, model);
    }

    static DomainException planNotFound(long id) {
        return DomainException.of(DomainException.Kind.NOT_FOUND, "web.no-such-plan", id);
    }
}
