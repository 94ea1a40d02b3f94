package org.luoshi.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.List;
import org.luoshi.account.LuoshiUser;
import org.luoshi.plan.PlanEdits.TaskForm;
import org.luoshi.plan.TargetDraft;
import org.luoshi.plan.TargetEditor;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A task's targets on its form: add, change, remove. A refused target comes back beside its row with what was
 * typed (also a value that is not a number), the task re-judged only when an edit went through.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICE')")
class TargetPages {

    /** A target as typed; the value as text, so that "十" comes back as typed with a message. */
    record TargetFormValues(
            Integer version,
            String metric,
            String kind,
            BigDecimal value,
            BigDecimal magnitude,
            String unit,
            String comparator) {

        TargetDraft draft() {
            return new TargetDraft(metric, kind, value, magnitude, unit, comparator);
        }
    }

    private final TargetEditor targets;
    private final TaskFormPage page;
    private final MessageSource messages;

    TargetPages(TargetEditor targets, TaskFormPage page, MessageSource messages) {
        this.targets = targets;
        this.page = page;
        this.messages = messages;
    }

    @PostMapping("/tasks/{id}/targets/new")
    String add(
            @PathVariable long id,
            @ModelAttribute("targetForm") TargetFormValues form,
            BindingResult result,
            @AuthenticationPrincipal LuoshiUser user,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        TaskForm task = page.task(id, user);
        var failed = FormState.submit(
                "target-new",
                result,
                messages,
                response,
                () -> targets.add(
                        id, PlanEditPages.version(form.version()), form.draft(), user.getUsername(), user.scope()));
        return after(task, failed, user, model, redirect);
    }

    @PostMapping("/tasks/{id}/targets/{targetId}")
    String update(
            @PathVariable long id,
            @PathVariable long targetId,
            @ModelAttribute("targetForm") TargetFormValues form,
            BindingResult result,
            @AuthenticationPrincipal LuoshiUser user,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        TaskForm task = page.task(id, user);
        var failed = FormState.submit(
                "target-" + targetId,
                result,
                messages,
                response,
                () -> targets.update(
                        targetId,
                        PlanEditPages.version(form.version()),
                        form.draft(),
                        user.getUsername(),
                        user.scope()));
        return after(task, failed, user, model, redirect);
    }

    @PostMapping("/tasks/{id}/targets/{targetId}/remove")
    String remove(
            @PathVariable long id,
            @PathVariable long targetId,
            @ModelAttribute("targetForm") TargetFormValues form,
            BindingResult result,
            @AuthenticationPrincipal LuoshiUser user,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        TaskForm task = page.task(id, user);
        var failed = FormState.submit(
                "target-" + targetId,
                result,
                messages,
                response,
                () -> targets.remove(
                        targetId, PlanEditPages.version(form.version()), user.getUsername(), user.scope()));
        return after(task, failed, user, model, redirect);
    }

    private String after(
            TaskForm task,
            java.util.Optional<FormState> failed,
            LuoshiUser user,
            Model model,
            RedirectAttributes redirect) {
        if (failed.isEmpty()) {
            PlanEditPages.saved(redirect, List.of(), user);
            return "redirect:/tasks/" + task.id() + "/edit";
        }
        return page.show(task.planId(), task, PlanEditPages.TaskFormValues.of(task), null, failed.get(), user, model);
    }
}
