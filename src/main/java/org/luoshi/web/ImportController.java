package org.luoshi.web;

import java.io.IOException;
import org.luoshi.DomainException;
import org.luoshi.account.LuoshiUser;
import org.luoshi.document.DocumentReaders;
import org.luoshi.plan.Governments;
import org.luoshi.plan.ImportResult;
import org.luoshi.plan.PendingImports;
import org.luoshi.plan.PlanImporter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Upload a document, see what it holds and its findings, then commit it in one transaction. */
@Controller
class ImportController {

    private final PlanImporter importer;
    private final PendingImports pending;
    private final Governments governments;
    private final MessageSource messages;

    ImportController(PlanImporter importer, PendingImports pending, Governments governments, MessageSource messages) {
        this.importer = importer;
        this.pending = pending;
        this.governments = governments;
        this.messages = messages;
    }

    @GetMapping("/import")
    String form(@AuthenticationPrincipal LuoshiUser user, Model model) {
        model.addAttribute("governments", governments.visible(user.scope()));
        return "import";
    }

    @PostMapping("/import")
    String preview(@RequestParam String government, @RequestParam(required = false) Integer year,
                   @RequestParam MultipartFile file, @AuthenticationPrincipal LuoshiUser user, Model model)
            throws IOException {
        try {
            if (file.isEmpty()) {
                throw DomainException.badInput("请选择要导入的文件", "choose a file to import");
            }
            if (file.getSize() > DocumentReaders.MAX_BYTES) {
                throw DomainException.badInput("文件超过20 MB", "the file is larger than 20 MB");
            }
            String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
            byte[] content = file.getBytes();
            var preview = importer.preview(name, content, government, year, user.scope());
            String token = pending.save(preview.government().id(), user.getUsername(), preview.year(), name, content);
            model.addAttribute("preview", preview);
            model.addAttribute("token", token);
            return "import-preview";
        } catch (DomainException e) {
            model.addAttribute("error", localized(e));
            model.addAttribute("government", government);
            model.addAttribute("year", year);
            return form(user, model);
        }
    }

    @PostMapping("/import/{token}/commit")
    String commit(@PathVariable String token, @AuthenticationPrincipal LuoshiUser user, RedirectAttributes redirect,
                  Model model) {
        var upload = pending.take(token, user.getUsername())
                .orElseThrow(() -> DomainException.notFound(message("import.expired"), "the preview has expired"));
        String government = governments.byId(upload.governmentId()).orElseThrow().name();
        ImportResult result = importer.commit(upload.fileName(), upload.content(), government, upload.year(),
                user.getUsername(), user.scope());
        redirect.addFlashAttribute("notice", result.unchanged() ? message("import.unchanged")
                : message("import.done", result.tasks(), result.tasksAdded(), result.tasksUpdated(), result.progressWritten()));
        return "redirect:/plans/" + result.planId();
    }

    @PostMapping("/import/{token}/cancel")
    String cancel(@PathVariable String token, @AuthenticationPrincipal LuoshiUser user) {
        pending.take(token, user.getUsername());
        return "redirect:/import";
    }

    private String localized(DomainException e) {
        return LocaleContextHolder.getLocale().getLanguage().equals("en") ? e.en() : e.zh();
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
