package org.luoshi.web.reporting;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.luoshi.Texts;
import org.luoshi.account.LuoshiUser;
import org.luoshi.progress.PeriodClosing;
import org.luoshi.progress.PeriodClosing.PeriodStatus;
import org.luoshi.web.FormState;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office's 关闭 and 重新开放 of a reporting period, on the period's work list; the rules are in
 * {@link PeriodClosing}. A refused reopening (no reason) shows the period's state again with the reason as typed.
 */
@Controller
class PeriodPages {

    /** The reopening form: only the reason is bound. */
    record ReopenForm(String reason) {}

    private final PeriodClosing closing;
    private final MessageSource messages;

    PeriodPages(PeriodClosing closing, MessageSource messages) {
        this.closing = closing;
        this.messages = messages;
    }

    @PostMapping("/reporting/periods/{id}/close")
    String close(
            @PathVariable long id,
            @AuthenticationPrincipal LuoshiUser user,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        PeriodStatus period = closing.status(id, user);
        var refused = FormState.submit(
                id,
                new BeanPropertyBindingResult(period, "close"),
                messages,
                response,
                () -> closing.close(period.planId(), id, user));
        return done(period, refused, "period.closed.done", user, model, redirect);
    }

    @PostMapping("/reporting/periods/{id}/reopen")
    String reopen(
            @PathVariable long id,
            @ModelAttribute("reopenForm") ReopenForm form,
            BindingResult result,
            @AuthenticationPrincipal LuoshiUser user,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        PeriodStatus period = closing.status(id, user);
        var refused = FormState.submit(
                id, result, messages, response, () -> closing.reopen(period.planId(), id, form.reason(), user));
        return done(period, refused, "period.reopened.done", user, model, redirect);
    }

    private String done(
            PeriodStatus period,
            Optional<FormState> refused,
            String doneText,
            LuoshiUser user,
            Model model,
            RedirectAttributes redirect) {
        if (refused.isEmpty()) {
            redirect.addFlashAttribute("message", Texts.get(LocaleContextHolder.getLocale(), doneText));
            return "redirect:/reporting/periods/" + period.id();
        }
        model.addAttribute("closure", closing.status(period.id(), user));
        model.addAttribute("mayClose", closing.mayClose(period, user));
        model.addAttribute("reopenState", refused.get());
        return "reporting/period-state";
    }
}
