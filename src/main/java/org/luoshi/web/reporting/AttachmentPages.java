package org.luoshi.web.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.luoshi.DomainException;
import org.luoshi.account.LuoshiUser;
import org.luoshi.progress.Attachments;
import org.luoshi.progress.Attachments.Download;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Evidence files of a report: upload and delete (the unit's reporter), download (whoever reads the report). */
@Controller
class AttachmentPages {

    /**
     * The flash attribute that carries the report's text typed but not saved: the upload and delete buttons submit
     * the report's form (they belong to it), so that without JavaScript the text comes back with the page.
     */
    static final String TYPED = "typed";

    static final String TYPED_FIGURES = "typedFigures";

    private final Attachments attachments;

    AttachmentPages(Attachments attachments) {
        this.attachments = attachments;
    }

    @PostMapping("/reporting/reports/{id}/attachments")
    String upload(
            @PathVariable long id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) String figures,
            @AuthenticationPrincipal LuoshiUser user,
            RedirectAttributes redirect) {
        keepTyped(text, figures, redirect);
        try {
            if (file == null
                    || file.isEmpty()
                            && (file.getOriginalFilename() == null
                                    || file.getOriginalFilename().isBlank())) {
                throw DomainException.of(DomainException.Kind.BAD_INPUT, "progress.choose-file-upload");
            }
            try (var content = file.getInputStream()) {
                attachments.attach(id, file.getOriginalFilename(), content, file.getSize(), user);
            }
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("attachmentError", e.message(LocaleContextHolder.getLocale()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "redirect:/reporting/reports/" + id;
    }

    @GetMapping("/reporting/reports/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(
            @PathVariable long id, @PathVariable long attachmentId, @AuthenticationPrincipal LuoshiUser user) {
        Download file = attachments.download(id, attachmentId, user);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    @PostMapping("/reporting/reports/{id}/attachments/{attachmentId}/delete")
    String delete(
            @PathVariable long id,
            @PathVariable long attachmentId,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) String figures,
            @AuthenticationPrincipal LuoshiUser user,
            RedirectAttributes redirect) {
        keepTyped(text, figures, redirect);
        attachments.delete(id, attachmentId, user);
        return "redirect:/reporting/reports/" + id;
    }

    /** Plain strings: the flash lives in the (stored) session until the page is shown. */
    private static void keepTyped(String text, String figures, RedirectAttributes redirect) {
        if (text != null) {
            redirect.addFlashAttribute(TYPED, text);
            redirect.addFlashAttribute(TYPED_FIGURES, figures == null ? "" : figures);
        }
    }
}
