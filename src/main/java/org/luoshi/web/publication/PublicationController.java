package org.luoshi.web.publication;

import java.util.Map;
import org.luoshi.DomainException;
import org.luoshi.account.LuoshiUser;
import org.luoshi.account.Role;
import org.luoshi.plan.PlanQueries;
import org.luoshi.publication.Disclosure;
import org.luoshi.publication.Publication;
import org.luoshi.publication.PublicationQueries;
import org.luoshi.publication.PublicationService;
import org.luoshi.publication.PublicationStatus;
import org.luoshi.publication.ReportFormat;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The office drafts and edits, a leader approves, the office publishes or withdraws. */
@Controller
class PublicationController {

    private final PublicationService publications;
    private final PublicationQueries queries;
    private final PlanQueries plans;

    PublicationController(PublicationService publications, PublicationQueries queries, PlanQueries plans) {
        this.publications = publications;
        this.queries = queries;
        this.plans = plans;
    }

    @GetMapping("/publications")
    String list(@AuthenticationPrincipal LuoshiUser user, Model model) {
        model.addAttribute("publications", queries.list(user.scope()));
        model.addAttribute("plans", plans.plans(user.scope()));
        model.addAttribute("canDraft", office(user));
        return "publication/list";
    }

    @PostMapping("/publications")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICE')")
    String draft(
            @RequestParam long plan,
            @RequestParam(defaultValue = "") String period,
            @RequestParam(defaultValue = "false") boolean status,
            @AuthenticationPrincipal LuoshiUser user) {
        long id = publications.draft(plan, period, status, user.getUsername(), user.scope());
        return "redirect:/publications/" + id;
    }

    @GetMapping("/publications/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal LuoshiUser user, Model model) {
        Publication p = publications.get(id, user.scope());
        model.addAttribute("p", p);
        model.addAttribute("draft", p.status() == PublicationStatus.DRAFT);
        model.addAttribute("canEdit", office(user) && p.status() == PublicationStatus.DRAFT);
        model.addAttribute("canApprove", leader(user) && p.status() == PublicationStatus.DRAFT);
        model.addAttribute("canPublish", office(user) && p.status() == PublicationStatus.APPROVED);
        model.addAttribute("canWithdraw", office(user) && p.status() == PublicationStatus.PUBLISHED);
        model.addAttribute("disclosures", Disclosure.values());
        return "publication/show";
    }

    /** The publication as the public gets it (withheld tasks left out), in any format, for checking before approval. */
    @GetMapping("/publications/{id}/report.{ext}")
    ResponseEntity<byte[]> download(
            @PathVariable long id, @PathVariable String ext, @AuthenticationPrincipal LuoshiUser user) {
        Publication p = publications.get(id, user.scope());
        ReportFormat format = ReportFormat.of(ext);
        return ReportDownloads.file(p.source().title(), format, format.render(p.publicReport(), Map.of()), false);
    }

    @PostMapping("/publications/{id}/withhold")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICE')")
    String withhold(
            @PathVariable long id,
            @RequestParam int seq,
            @RequestParam boolean withheld,
            @AuthenticationPrincipal LuoshiUser user,
            RedirectAttributes redirect) {
        return step(
                id,
                redirect,
                () -> publications.withhold(id, seq, withheld, user.getUsername(), user.scope()),
                "#row-" + seq);
    }

    @PostMapping("/publications/{id}/abridge")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICE')")
    String abridge(
            @PathVariable long id,
            @RequestParam int seq,
            @RequestParam String text,
            @AuthenticationPrincipal LuoshiUser user,
            RedirectAttributes redirect) {
        return step(
                id,
                redirect,
                () -> publications.abridge(id, seq, text, user.getUsername(), user.scope()),
                "#row-" + seq);
    }

    @PostMapping("/publications/{id}/catalogue")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICE')")
    String catalogue(
            @PathVariable long id,
            @RequestParam String category,
            @RequestParam String publisher,
            @RequestParam String disclosure,
            @RequestParam(defaultValue = "false") boolean valid,
            @AuthenticationPrincipal LuoshiUser user,
            RedirectAttributes redirect) {
        return step(
                id,
                redirect,
                () -> publications.describe(
                        id,
                        new Publication.Catalogue(category, publisher, Disclosure.fromCode(disclosure), valid),
                        user.getUsername(),
                        user.scope()),
                "");
    }

    @PostMapping("/publications/{id}/approve")
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER')")
    String approve(@PathVariable long id, @AuthenticationPrincipal LuoshiUser user, RedirectAttributes redirect) {
        return step(id, redirect, () -> publications.approve(id, user.getUsername(), user.scope()), "");
    }

    @PostMapping("/publications/{id}/publish")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICE')")
    String publish(@PathVariable long id, @AuthenticationPrincipal LuoshiUser user, RedirectAttributes redirect) {
        return step(id, redirect, () -> publications.publish(id, user.getUsername(), user.scope()), "");
    }

    @PostMapping("/publications/{id}/withdraw")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICE')")
    String withdraw(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal LuoshiUser user,
            RedirectAttributes redirect) {
        return step(id, redirect, () -> publications.withdraw(id, reason, user.getUsername(), user.scope()), "");
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

    private static boolean office(LuoshiUser user) {
        return user.role() == Role.ADMIN || user.role() == Role.OFFICE;
    }

    private static boolean leader(LuoshiUser user) {
        return user.role() == Role.ADMIN || user.role() == Role.LEADER;
    }
}
