package org.luoshi.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.luoshi.DomainException;
import org.luoshi.account.LuoshiUser;
import org.luoshi.plan.Ledger;
import org.luoshi.plan.PlanQueries;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The 台账 round trip in pages: download, upload, the differences, commit. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICE')")
class LedgerPages {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Ledger ledger;
    private final LedgerStatuses statuses;
    private final PlanQueries plans;

    LedgerPages(Ledger ledger, LedgerStatuses statuses, PlanQueries plans) {
        this.ledger = ledger;
        this.statuses = statuses;
        this.plans = plans;
    }

    @GetMapping("/plans/{id}/ledger")
    String page(@PathVariable long id, @AuthenticationPrincipal LuoshiUser user, Model model) {
        model.addAttribute("plan", plans.plan(id, user.scope()).orElseThrow(() -> PlanController.planNotFound(id)));
        return "edit/ledger";
    }

    @GetMapping("/plans/{id}/ledger.xlsx")
    ResponseEntity<byte[]> download(@PathVariable long id, @AuthenticationPrincipal LuoshiUser user) {
        var plan = plans.plan(id, user.scope()).orElseThrow(() -> PlanController.planNotFound(id));
        byte[] file = ledger.export(id, statuses.latest(id, user.scope()), user.scope());
        return xlsx(
                file,
                org.luoshi.Texts.get(
                                org.springframework.context.i18n.LocaleContextHolder.getLocale(),
                                "day.ledger.file",
                                String.valueOf(plan.year()),
                                plan.governmentName())
                        + ".xlsx");
    }

    static ResponseEntity<byte[]> xlsx(byte[] file, String name) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(file);
    }

    @PostMapping("/plans/{id}/ledger")
    String upload(
            @PathVariable long id,
            @RequestParam(required = false) MultipartFile file,
            @AuthenticationPrincipal LuoshiUser user,
            Model model,
            HttpServletResponse response)
            throws IOException {
        var plan = plans.plan(id, user.scope()).orElseThrow(() -> PlanController.planNotFound(id));
        model.addAttribute("plan", plan);
        try {
            if (file == null || file.isEmpty()) {
                throw DomainException.of(
                        DomainException.Kind.BAD_INPUT, "edit.ledger.file", new org.luoshi.Phrase("day.ledger.empty"));
            }
            model.addAttribute(
                    "diff",
                    ledger.upload(id, file.getOriginalFilename(), file.getBytes(), user.getUsername(), user.scope()));
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", PlanEditPages.english() ? e.en() : e.zh());
        }
        return "edit/ledger";
    }

    @PostMapping("/plans/{id}/ledger/{token}")
    String commit(
            @PathVariable long id,
            @PathVariable String token,
            @RequestParam(defaultValue = "") String fingerprint,
            @AuthenticationPrincipal LuoshiUser user,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            Ledger.Outcome done = ledger.commit(id, token, fingerprint, user.getUsername(), user.scope());
            redirect.addFlashAttribute("ledgerDone", new int[] {done.added(), done.changed(), done.removed()});
            return "redirect:/plans/" + id + "/ledger";
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("plan", plans.plan(id, user.scope()).orElseThrow());
            model.addAttribute("error", PlanEditPages.english() ? e.en() : e.zh());
            return "edit/ledger";
        }
    }
}
