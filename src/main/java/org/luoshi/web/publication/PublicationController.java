package org.luoshi.web.publication;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.luoshi.DomainException;
import org.luoshi.account.LuoshiUser;
import org.luoshi.assessment.Rules;
import org.luoshi.judgement.JudgementQueries;
import org.luoshi.plan.PlanQueries;
import org.luoshi.plan.PlanViews.PeriodView;
import org.luoshi.publication.Disclosure;
import org.luoshi.publication.Publication;
import org.luoshi.publication.PublicationAction;
import org.luoshi.publication.PublicationQueries;
import org.luoshi.publication.PublicationService;
import org.luoshi.publication.PublicationStatus;
import org.luoshi.publication.ReportFormat;
import org.luoshi.web.FormState;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
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
 * The office drafts and edits, a leader approves, the office publishes or withdraws. Who may take which step is
 * {@link PublicationService}'s to decide; this page offers what it allows.
 */
@Controller
class PublicationController {

    private final PublicationService publications;
    private final PublicationQueries queries;
    private final PlanQueries plans;
    private final Rules rules;
    private final MessageSource messages;
    private final JudgementQueries judgements;

    PublicationController(
            PublicationService publications,
            PublicationQueries queries,
            PlanQueries plans,
            Rules rules,
            MessageSource messages,
            JudgementQueries judgements) {
        this.judgements = judgements;
        this.rules = rules;
        this.messages = messages;
        this.publications = publications;
        this.queries = queries;
        this.plans = plans;
    }

    @GetMapping("/publications")
    String list(@AuthenticationPrincipal LuoshiUser user, Model model) {
        model.addAttribute("publications", queries.list(user.scope()));
        var all = plans.plans(user.scope());
        model.addAttribute("plans", all);
        model.addAttribute("canDraft", publications.mayDraft(user));
        // The compiled report is of one period: each plan's periods to choose from, the latest with progress first.
        Map<Long, List<PeriodView>> periods = new LinkedHashMap<>();
        Map<Long, String> shown = new LinkedHashMap<>();
        if (publications.mayDraft(user)) {
            for (var pl : all) {
                var own = plans.periods(pl.id(), user.scope());
                periods.put(pl.id(), own);
                if (!own.isEmpty()) {
                    shown.put(
                            pl.id(),
                            judgements.period(pl.id(), null, user.scope()).label());
                }
            }
        }
        model.addAttribute("periods", periods);
        model.addAttribute("shownPeriods", shown);
        return "publication/list";
    }

    @PostMapping("/publications")
    String draft(
            @RequestParam long plan,
            @RequestParam(defaultValue = "") String period,
            @RequestParam(defaultValue = "false") boolean status,
            @AuthenticationPrincipal LuoshiUser user) {
        long id = publications.draft(plan, period, status, user);
        return "redirect:/publications/" + id;
    }

    @GetMapping("/publications/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal LuoshiUser user, Model model) {
        Publication p = publications.get(id, user.scope());
        model.addAttribute("p", p);
        model.addAttribute("draft", p.status() == PublicationStatus.DRAFT);
        Set<PublicationAction> allowed = publications.allowedActions(p, user);
        model.addAttribute("canEdit", allowed.contains(PublicationAction.EDIT));
        model.addAttribute("canApprove", allowed.contains(PublicationAction.APPROVE));
        model.addAttribute("canPublish", allowed.contains(PublicationAction.PUBLISH));
        model.addAttribute("canWithdraw", allowed.contains(PublicationAction.WITHDRAW));
        model.addAttribute("disclosures", Disclosure.values());
        return "publication/show";
    }

    /** The publication as the public gets it (withheld tasks left out), in any format, for checking before approval. */
    @GetMapping("/publications/{id}/report.{ext}")
    ResponseEntity<byte[]> download(
            @PathVariable long id, @PathVariable String ext, @AuthenticationPrincipal LuoshiUser user) {
        Publication p = publications.get(id, user.scope());
        ReportFormat format = ReportFormat.of(ext);
        return ReportDownloads.file(
                p.source().title(), format, format.render(p.publicReport(), Map.of(), rules), false);
    }

    @PostMapping("/publications/{id}/withhold")
    String withhold(
            @PathVariable long id,
            @RequestParam int seq,
            @RequestParam boolean withheld,
            @AuthenticationPrincipal LuoshiUser user,
            RedirectAttributes redirect) {
        return step(id, redirect, () -> publications.withhold(id, seq, withheld, user), "#row-" + seq);
    }

    @PostMapping("/publications/{id}/abridge")
    String abridge(
            @PathVariable long id,
            @RequestParam int seq,
            @RequestParam String text,
            @AuthenticationPrincipal LuoshiUser user,
            RedirectAttributes redirect) {
        return step(id, redirect, () -> publications.abridge(id, seq, text, user), "#row-" + seq);
    }

    /** The catalogue metadata as typed; the service checks the rest (a known 公开方式, the state). */
    record CatalogueForm(
            @NotBlank(message = "{form.required}") @Size(max = 100, message = "{form.tooLong}")
            String category,

            @NotBlank(message = "{form.required}") @Size(max = 200, message = "{form.tooLong}")
            String publisher,

            @NotBlank(message = "{form.required}") String disclosure,
            boolean valid) {}

    /** Bad metadata comes back beside the fields on the publication's page, with what was typed. */
    @PostMapping("/publications/{id}/catalogue")
    String catalogue(
            @PathVariable long id,
            @Valid @ModelAttribute("catalogueForm") CatalogueForm form,
            BindingResult result,
            @AuthenticationPrincipal LuoshiUser user,
            Model model,
            HttpServletResponse response) {
        var failed = FormState.submit(
                null,
                result,
                messages,
                response,
                () -> publications.describe(
                        id,
                        new Publication.Catalogue(
                                form.category(),
                                form.publisher(),
                                Disclosure.fromCode(form.disclosure()),
                                form.valid()),
                        user));
        if (failed.isEmpty()) {
            return "redirect:/publications/" + id;
        }
        model.addAttribute("catalogueState", failed.get());
        return show(id, user, model);
    }

    @PostMapping("/publications/{id}/approve")
    String approve(@PathVariable long id, @AuthenticationPrincipal LuoshiUser user, RedirectAttributes redirect) {
        return step(id, redirect, () -> publications.approve(id, user), "");
    }

    @PostMapping("/publications/{id}/publish")
    String publish(@PathVariable long id, @AuthenticationPrincipal LuoshiUser user, RedirectAttributes redirect) {
        return step(id, redirect, () -> publications.publish(id, user), "");
    }

    @PostMapping("/publications/{id}/withdraw")
    String withdraw(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal LuoshiUser user,
            RedirectAttributes redirect) {
        return step(id, redirect, () -> publications.withdraw(id, reason, user), "");
    }

    /** Runs a step; a refused one comes back as a message on the page, not as an error page. */
    private static String step(long id, RedirectAttributes redirect, Runnable step, String anchor) {
        try {
            step.run();
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute(
                    "error", "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? e.en() : e.zh());
        }
        return "redirect:/publications/" + id + anchor;
    }
}
