package org.luoshi.web.supervision;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.luoshi.DomainException;
import org.luoshi.account.LuoshiUser;
import org.luoshi.plan.PlanQueries;
import org.luoshi.supervision.Bulletin;
import org.luoshi.supervision.BulletinDesk;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 督查通报: the list, generating a draft, editing its blocks, approval, issue, the documents, the portal's copy. */
@Controller
class BulletinPages {

    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final BulletinDesk desk;
    private final PlanQueries plans;
    private final MessageSource messages;

    BulletinPages(BulletinDesk desk, PlanQueries plans, MessageSource messages) {
        this.desk = desk;
        this.plans = plans;
        this.messages = messages;
    }

    /** The blocks as typed; the bulletin's id, government and figures are never bound from the request. */
    record BlockFields(
            String issuer,
            String docNumber,
            String title,
            String recipients,
            String opening,
            String summary,
            String demands,
            String signer,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dated,
            String copyTo,
            String printedBy,
            Boolean publicly) {
        Bulletin.Blocks toBlocks() {
            return new Bulletin.Blocks(
                    issuer, docNumber, title, recipients, opening, summary, demands, signer, dated, copyTo, printedBy);
        }

        static BlockFields of(Bulletin b) {
            Bulletin.Blocks t = b.blocks();
            return new BlockFields(
                    t.issuer(),
                    t.docNumber(),
                    t.title(),
                    t.recipients(),
                    t.opening(),
                    t.summary(),
                    t.demands(),
                    t.signer(),
                    t.dated(),
                    t.copyTo(),
                    t.printedBy(),
                    b.publicly());
        }
    }

    record PeriodChoice(String value, String label) {}

    @GetMapping("/supervision/bulletins")
    String list(@AuthenticationPrincipal LuoshiUser user, Model model) {
        List<PeriodChoice> choices = new ArrayList<>();
        for (var p : plans.plans(user.scope())) {
            if (user.runsOfficeOf(p.governmentId())) {
                for (var period : plans.periods(p.id(), user.scope())) {
                    choices.add(
                            new PeriodChoice(p.id() + ":" + period.label(), p.title() + " \u00B7 " + period.label()));
                }
            }
        }
        model.addAttribute("choices", choices);
        model.addAttribute("bulletins", desk.list(user));
        return "supervision/bulletins";
    }

    @PostMapping("/supervision/bulletins")
    String generate(@RequestParam String choice, @AuthenticationPrincipal LuoshiUser user) {
        int colon = choice.indexOf(':');
        if (colon < 1) {
            throw DomainException.of(DomainException.Kind.BAD_INPUT, "supervision.not-found.period", 0);
        }
        long planId;
        try {
            planId = Long.parseLong(choice.substring(0, colon));
        } catch (NumberFormatException e) {
            throw DomainException.of(DomainException.Kind.BAD_INPUT, "supervision.not-found.period", 0);
        }
        return "redirect:/supervision/bulletins/" + desk.generate(planId, choice.substring(colon + 1), user);
    }

    @GetMapping("/supervision/bulletins/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal LuoshiUser user, Model model) {
        Bulletin b = desk.readable(id, user);
        return page(b, BlockFields.of(b), null, user, model);
    }

    private String page(Bulletin b, BlockFields fields, String error, LuoshiUser user, Model model) {
        model.addAttribute("doc", desk.document(b.id(), user));
        model.addAttribute("fields", fields);
        model.addAttribute("error", error);
        model.addAttribute("actions", desk.actions(b, user));
        return "supervision/bulletin";
    }

    /** Bad input comes back on the page with what was typed. */
    @PostMapping("/supervision/bulletins/{id}/edit")
    String edit(
            @PathVariable long id,
            @RequestParam(defaultValue = "-1") int version,
            @ModelAttribute("fields") BlockFields fields,
            @AuthenticationPrincipal LuoshiUser user,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            desk.edit(id, version, fields.toBlocks(), Boolean.TRUE.equals(fields.publicly()), user);
            redirect.addFlashAttribute("message", text("loop.bulletin.flash.saved"));
            return "redirect:/supervision/bulletins/" + id;
        } catch (DomainException e) {
            response.setStatus(
                    e.kind() == DomainException.Kind.CONFLICT
                            ? HttpStatus.CONFLICT.value()
                            : HttpStatus.BAD_REQUEST.value());
            return page(desk.readable(id, user), fields, LoopPages.zh() ? e.zh() : e.en(), user, model);
        }
    }

    @PostMapping("/supervision/bulletins/{id}/{step:approve|back|issue}")
    String step(
            @PathVariable long id,
            @PathVariable String step,
            @RequestParam(defaultValue = "-1") int version,
            @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal LuoshiUser user,
            RedirectAttributes redirect) {
        Bulletin b = switch (step) {
            case "approve" -> desk.approve(id, version, user);
            case "back" -> desk.backToDraft(id, version, reason, user);
            default -> desk.issue(id, version, user);
        };
        redirect.addFlashAttribute(
                "message", text("loop.bulletin.flash." + b.state().code()));
        return "redirect:/supervision/bulletins/" + id;
    }

    @GetMapping("/supervision/bulletins/{id}/bulletin.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id, @AuthenticationPrincipal LuoshiUser user) {
        return file(desk.docx(id, user), DOCX, "bulletin-" + id + ".docx");
    }

    @GetMapping("/supervision/bulletins/{id}/bulletin.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @AuthenticationPrincipal LuoshiUser user) {
        return file(desk.pdf(id, user), MediaType.APPLICATION_PDF, "bulletin-" + id + ".pdf");
    }

    /** The public portal's list of issued public bulletins (no login). */
    @GetMapping("/portal/bulletins")
    String portal(Model model) {
        model.addAttribute("bulletins", desk.publishedList());
        return "supervision/portal";
    }

    @GetMapping("/portal/bulletins/{id}.pdf")
    ResponseEntity<byte[]> portalPdf(@PathVariable long id) {
        return file(desk.publishedPdf(id), MediaType.APPLICATION_PDF, "bulletin-" + id + ".pdf");
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(bytes);
    }

    private String text(String code) {
        return messages.getMessage(code, null, LocaleContextHolder.getLocale());
    }
}
