package org.luoshi.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.luoshi.DomainException;
import org.luoshi.account.LuoshiUser;
import org.luoshi.plan.PlanEdits;
import org.luoshi.plan.PlanEdits.TaskForm;
import org.luoshi.plan.PlanQueries;
import org.luoshi.plan.UnitPicker;
import org.luoshi.plan.UnitPicker.UnitChoice;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The task's form page (new or existing) as the task and target forms show it, after a success or a refusal. */
@Component
class TaskFormPage {

    private final PlanEdits edits;
    private final PlanQueries plans;
    private final UnitPicker units;

    TaskFormPage(PlanEdits edits, PlanQueries plans, UnitPicker units) {
        this.edits = edits;
        this.plans = plans;
        this.units = units;
    }

    /** @param state the refused form, or null */
    String show(
            long planId,
            TaskForm task,
            PlanEditPages.TaskFormValues form,
            String q,
            FormState state,
            LuoshiUser user,
            Model model) {
        var plan = plans.plan(planId, user.scope()).orElseThrow(() -> PlanController.planNotFound(planId));
        List<UnitChoice> found = units.search(plan.governmentId(), q, user.scope());
        Map<Long, UnitChoice> choices = new LinkedHashMap<>();
        found.forEach(u -> choices.put(u.id(), u));
        // The chosen units stay among the choices whatever the search shows.
        List<Long> chosen = new ArrayList<>(form.leadUnits());
        chosen.addAll(form.coUnits());
        if (!chosen.stream().allMatch(choices::containsKey)) {
            units.search(plan.governmentId(), "", user.scope()).stream()
                    .filter(u -> chosen.contains(u.id()))
                    .forEach(u -> choices.putIfAbsent(u.id(), u));
        }
        model.addAttribute("plan", plan);
        model.addAttribute("task", task);
        model.addAttribute("taskForm", form);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("unitChoices", List.copyOf(choices.values()));
        model.addAttribute("state", state);
        if (task != null) {
            model.addAttribute("targets", task.targets());
            model.addAttribute("mergeChoices", edits.mergeChoices(planId, task.id(), user.scope()));
        }
        return "edit/task-form";
    }

    /** The government whose plan this is, as the user may see it. */
    long governmentOf(long planId, LuoshiUser user) {
        return plans.plan(planId, user.scope())
                .orElseThrow(() -> PlanController.planNotFound(planId))
                .governmentId();
    }

    TaskForm task(long id, LuoshiUser user) {
        return edits.task(id, user.scope())
                .orElseThrow(() -> DomainException.of(DomainException.Kind.NOT_FOUND, "edit.task.notFound", id));
    }
}
