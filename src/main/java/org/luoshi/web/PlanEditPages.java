package org.luoshi.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.luoshi.DomainException;
import org.luoshi.account.LuoshiUser;
import org.luoshi.plan.EditNotice;
import org.luoshi.plan.EditResult;
import org.luoshi.plan.Governments;
import org.luoshi.plan.PlanEditor;
import org.luoshi.plan.PlanEdits.TaskForm;
import org.luoshi.plan.PlanViews.UnitView;
import org.luoshi.plan.TaskDraft;
import org.luoshi.plan.UnitPicker;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office keeps a plan by hand: a new plan, a task's form (new or existing; units found by name or alias
 * without script, a new unit created beside), reordering, removing, cancelling (销号) and merging. A refused form
 * comes back with what was typed and the reason above it; a stale version answers 409.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICE')")
class PlanEditPages {

    /** A task form as typed; ids and the government are never bound from it. */
    record TaskFormValues(
            Integer version,
            String number,
            String content,
            String category,
            List<Long> leadUnits,
            List<Long> coUnits,
            String leader,
            String deadline) {

        TaskFormValues {
            leadUnits = leadUnits == null ? List.of() : leadUnits;
            coUnits = coUnits == null ? List.of() : coUnits;
        }

        TaskDraft draft() {
            return new TaskDraft(number, content, category, leadUnits, coUnits, leader, deadline);
        }

        static TaskFormValues of(TaskForm t) {
            return new TaskFormValues(
                    t.version(),
                    t.number(),
                    t.content(),
                    t.category(),
                    t.leadUnits().stream().map(UnitView::id).toList(),
                    t.coUnits().stream().map(UnitView::id).toList(),
                    t.leader(),
                    t.deadline());
        }
    }

    record PlanFormValues(Long governmentId, Integer year, String title) {}

    private final PlanEditor editor;
    private final TaskFormPage page;
    private final UnitPicker units;
    private final Governments governments;
    private final MessageSource messages;

    PlanEditPages(
            PlanEditor editor, TaskFormPage page, UnitPicker units, Governments governments, MessageSource messages) {
        this.editor = editor;
        this.page = page;
        this.units = units;
        this.governments = governments;
        this.messages = messages;
    }

    @GetMapping("/plans/new")
    String newPlan(@AuthenticationPrincipal LuoshiUser user, Model model) {
        model.addAttribute("governments", governments.visible(user.scope()));
        model.addAttribute("planForm", new PlanFormValues(user.governmentId(), null, ""));
        return "edit/plan-new";
    }

    @PostMapping("/plans/new")
    String createPlan(
            @ModelAttribute("planForm") PlanFormValues form,
            BindingResult result,
            @AuthenticationPrincipal LuoshiUser user,
            Model model,
            HttpServletResponse response) {
        long[] id = new long[1];
        var failed = FormState.submit(
                "plan",
                result,
                messages,
                response,
                () -> id[0] = editor.createPlan(
                        form.governmentId() == null ? -1 : form.governmentId(),
                        form.year(),
                        form.title(),
                        user.getUsername(),
                        user.scope()));
        if (failed.isEmpty()) {
            return "redirect:/plans/" + id[0];
        }
        model.addAttribute("governments", governments.visible(user.scope()));
        model.addAttribute("state", failed.get());
        return "edit/plan-new";
    }

    @GetMapping("/plans/{planId}/tasks/new")
    String newTask(
            @PathVariable long planId,
            @RequestParam(required = false) String q,
            @ModelAttribute("taskForm") TaskFormValues typed,
            @AuthenticationPrincipal LuoshiUser user,
            Model model) {
        return page.show(planId, null, typed, q, null, user, model);
    }

    @PostMapping("/plans/{planId}/tasks/new")
    String addTask(
            @PathVariable long planId,
            @ModelAttribute("taskForm") TaskFormValues form,
            BindingResult result,
            @ModelAttribute("unitLookup") UnitLookup lookup,
            @AuthenticationPrincipal LuoshiUser user,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (lookup.asked()) {
            return page.show(planId, null, form, unitsShown(planId, lookup, user, model), null, user, model);
        }
        EditResult[] done = new EditResult[1];
        var failed = FormState.submit(
                "task",
                result,
                messages,
                response,
                () -> done[0] = editor.addTask(planId, form.draft(), user.getUsername(), user.scope()));
        if (failed.isEmpty()) {
            saved(redirect, done[0].notices(), user);
            return "redirect:/tasks/" + done[0].id() + "/edit";
        }
        return page.show(planId, null, form, null, failed.get(), user, model);
    }

    /** The task's form; {@code q} narrows the unit choices (after a new unit, its name). */
    @GetMapping("/tasks/{id}/edit")
    String editTask(
            @PathVariable long id,
            @RequestParam(required = false) String q,
            @AuthenticationPrincipal LuoshiUser user,
            Model model) {
        TaskForm task = page.task(id, user);
        return page.show(task.planId(), task, TaskFormValues.of(task), q, null, user, model);
    }

    @PostMapping("/tasks/{id}/edit")
    String updateTask(
            @PathVariable long id,
            @ModelAttribute("taskForm") TaskFormValues form,
            BindingResult result,
            @ModelAttribute("unitLookup") UnitLookup lookup,
            @AuthenticationPrincipal LuoshiUser user,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (lookup.asked()) {
            TaskForm task = page.task(id, user);
            return page.show(
                    task.planId(), task, form, unitsShown(task.planId(), lookup, user, model), null, user, model);
        }
        EditResult[] done = new EditResult[1];
        var failed = FormState.submit(
                "task",
                result,
                messages,
                response,
                () -> done[0] =
                        editor.updateTask(id, version(form.version()), form.draft(), user.getUsername(), user.scope()));
        if (failed.isEmpty()) {
            saved(redirect, done[0].notices(), user);
            return "redirect:/tasks/" + id + "/edit";
        }
        TaskForm task = page.task(id, user);
        return page.show(task.planId(), task, form, null, failed.get(), user, model);
    }

    /** One of the task's actions: move, cancel, merge or remove; a refused one comes back beside its form. */
    @PostMapping("/tasks/{id}/{action:move|cancel|merge|remove}")
    String act(
            @PathVariable long id,
            @PathVariable String action,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) Integer position,
            @RequestParam(required = false) Long into,
            @RequestParam(required = false) String reason,
            @AuthenticationPrincipal LuoshiUser user,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var result = new org.springframework.validation.BeanPropertyBindingResult(action, "action");
        TaskForm task = page.task(id, user);
        String actor = user.getUsername();
        var failed = FormState.submit(action, result, messages, response, () -> {
            int v = version(version);
            switch (action) {
                case "move" -> editor.moveTask(id, v, position == null ? 0 : position, actor, user.scope());
                case "cancel" -> editor.cancelTask(id, v, reason, actor, user.scope());
                case "merge" -> editor.mergeTask(id, v, into == null ? -1 : into, reason, actor, user.scope());
                default -> editor.removeTask(id, v, actor, user.scope());
            }
        });
        if (failed.isEmpty()) {
            if (action.equals("remove")) {
                return "redirect:/plans/" + task.planId();
            }
            saved(redirect, List.of(), user);
            return "redirect:/tasks/" + id + "/edit";
        }
        return page.show(task.planId(), task, TaskFormValues.of(task), null, failed.get(), user, model);
    }

    /**
     * The task form's own buttons that do not save it: 查找单位 ({@code find}, with the search {@code q}) and 新增单位
     * ({@code createUnit}, with the name {@code newUnit}). Either comes back to the form with what was typed.
     */
    record UnitLookup(String find, String q, String createUnit, String newUnit) {

        boolean asked() {
            return find != null || createUnit != null;
        }
    }

    /** The search that the form shows its unit choices by, after a search or after creating a unit. */
    private String unitsShown(long planId, UnitLookup lookup, LuoshiUser user, Model model) {
        return lookup.find() != null ? lookup.q() : createUnit(planId, lookup.newUnit(), user, model);
    }

    /**
     * A new unit of the plan's government, typed in the task's form; returns the search that shows it among the
     * choices. A refused name comes back beside the field, with the task's typed values untouched.
     */
    private String createUnit(long planId, String name, LuoshiUser user, Model model) {
        try {
            return units.create(page.governmentOf(planId, user), name, user.getUsername(), user.scope())
                    .name();
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            model.addAttribute("unitError", english() ? e.en() : e.zh());
            model.addAttribute("newUnit", name == null ? "" : name);
            return name == null ? "" : name;
        }
    }

    static boolean english() {
        return "en"
                .equals(org.springframework.context.i18n.LocaleContextHolder.getLocale()
                        .getLanguage());
    }

    static int version(Integer version) {
        return Optional.ofNullable(version)
                .orElseThrow(
                        () -> DomainException.of(DomainException.Kind.BAD_INPUT, "edit.field.required", "version"));
    }

    static void saved(RedirectAttributes redirect, List<EditNotice> notices, LuoshiUser user) {
        redirect.addFlashAttribute("saved", true);
        redirect.addFlashAttribute(
                "notices",
                notices.stream().map(n -> english() ? n.en() : n.zh()).toList());
    }
}
