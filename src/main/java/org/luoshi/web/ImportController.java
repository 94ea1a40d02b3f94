package org.luoshi.web;

import java.io.IOException;
import java.util.Locale;
import org.luoshi.DomainException;
import org.luoshi.Phrase;
import org.luoshi.account.LuoshiUser;
import org.luoshi.document.DocumentReaders;
import org.luoshi.document.UnreadableDocumentException;
import org.luoshi.job.JobResult;
import org.luoshi.job.JobRunner;
import org.luoshi.plan.Government;
import org.luoshi.plan.Governments;
import org.luoshi.plan.ImportEditor;
import org.luoshi.plan.ImportPeriod;
import org.luoshi.plan.ImportPreview;
import org.luoshi.plan.ImportResult;
import org.luoshi.plan.PendingImports;
import org.luoshi.plan.PlanImporter;
import org.luoshi.plan.Scope;
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

/**
 * Upload a document; it is read and analyzed in the background (a job whose page shows the progress), then
 * the preview shows what it holds and its findings; committing it, in one transaction, is a job as well.
 * An empty, too large or unreadable-typed upload and an unknown government are refused at once on the form.
 */
@Controller
class ImportController {

    private final PlanImporter importer;
    private final PendingImports pending;
    private final Governments governments;
    private final JobRunner jobs;
    private final MessageSource messages;
    private final DocumentReads reads;
    private final DocumentReaders readers = new DocumentReaders();
    private final ImportEditor editor;

    ImportController(
            ImportEditor editor,
            PlanImporter importer,
            PendingImports pending,
            Governments governments,
            JobRunner jobs,
            MessageSource messages,
            DocumentReads reads) {
        this.editor = editor;
        this.importer = importer;
        this.pending = pending;
        this.governments = governments;
        this.jobs = jobs;
        this.messages = messages;
        this.reads = reads;
    }

    @GetMapping("/import")
    String form(@AuthenticationPrincipal LuoshiUser user, Model model) {
        model.addAttribute("governments", governments.visible(user.scope()));
        return "import";
    }

    @PostMapping("/import")
    String upload(
            @RequestParam String government,
            @RequestParam(required = false) Integer year,
            @RequestParam MultipartFile file,
            @AuthenticationPrincipal LuoshiUser user,
            Model model)
            throws IOException {
        try {
            if (file.isEmpty()) {
                throw DomainException.of(DomainException.Kind.BAD_INPUT, "web.choose-file-import");
            }
            if (file.getSize() > DocumentReaders.MAX_BYTES) {
                throw DomainException.of(DomainException.Kind.BAD_INPUT, "web.file-larger-than-20");
            }
            String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
            Government target = importer.government(government, user.scope());
            String owner = user.getUsername();
            Scope scope = user.scope();
            // The upload waits on disk (Tomcat's part); it enters the heap only with a permit, held until its job ends.
            var lease = reads.acquire();
            String id;
            try {
                byte[] content = file.getBytes();
                try {
                    readers.checkUpload(name, content);
                } catch (UnreadableDocumentException e) {
                    throw DomainException.of(
                            DomainException.Kind.BAD_INPUT, "web.cannot-read-document", e.getMessage());
                }
                id = jobs.start(JobKinds.IMPORT_READ, target.id(), owner, progress -> {
                    try {
                        ImportPreview preview = importer.preview(name, content, target.name(), year, scope, progress);
                        String token = pending.save(preview.government().id(), owner, preview.year(), name, content);
                        int tasks = preview.document().tasks().size();
                        return JobResult.reference(token, new Phrase("job.import.read.done", tasks));
                    } finally {
                        lease.close();
                    }
                });
            } catch (RuntimeException | IOException | Error e) {
                lease.close();
                throw e;
            }
            return "redirect:/jobs/" + id;
        } catch (DomainException e) {
            model.addAttribute("error", localized(e));
            model.addAttribute("government", government);
            model.addAttribute("year", year);
            return form(user, model);
        }
    }

    /**
     * The preview of an upload read by its job, as an editor: read again with its layout profile and corrections and
     * analysed as it would be stored ({@link ImportEditorPages} takes the corrections).
     */
    @GetMapping("/import/{token}")
    String preview(
            @PathVariable String token,
            @RequestParam(required = false) boolean weak,
            @RequestParam(required = false) Integer edit,
            @AuthenticationPrincipal LuoshiUser user,
            Model model) {
        ImportEditor.Editor editor;
        try (var lease = reads.acquire()) {
            editor = this.editor.open(token, user.getUsername(), user.scope());
        }
        model.addAttribute("editor", editor);
        model.addAttribute("preview", editor.preview());
        model.addAttribute("weakOnly", weak);
        model.addAttribute("editRow", edit);
        model.addAttribute("roles", org.luoshi.plan.ColumnRole.values());
        model.addAttribute("token", token);
        return "import-preview";
    }

    /** Starts the commit as a job; the upload stays waiting until the commit succeeds, so a failure loses nothing. */
    @PostMapping("/import/{token}/commit")
    String commit(
            @PathVariable String token,
            @RequestParam(required = false) String periodLabel,
            @RequestParam(required = false) String periodEnd,
            @RequestParam(required = false) String expectedShare,
            @AuthenticationPrincipal LuoshiUser user,
            Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        var upload = pending.peek(token, user.getUsername()).orElseThrow(this::expired);
        var corrections = editor.corrections(token, user.getUsername());
        var period = ImportPeriodFields.read(periodLabel, periodEnd, expectedShare);
        if (period.error() == null) {
            String found;
            boolean progress;
            String name = governments
                    .byId(upload.governmentId())
                    .orElseThrow(this::expired)
                    .name();
            try (var lease = reads.acquire()) {
                var summary = importer.summary(
                        upload.fileName(), upload.content(), name, upload.year(), user.scope(), corrections);
                found = summary.document().periodLabel();
                progress = summary.document().hasProgress();
            }
            if (progress && found.isBlank() && period.chosen().label() == null) {
                period = period.failed("day.import.period.missing");
            }
        }
        if (period.error() != null) {
            // The preview again, with what the office typed and the message beside the period.
            response.setStatus(400);
            model.addAttribute("periodError", period.error());
            model.addAttribute("typedLabel", periodLabel);
            model.addAttribute("typedEnd", periodEnd);
            model.addAttribute("typedShare", expectedShare);
            return preview(token, false, null, user, model);
        }
        ImportPeriod chosen = period.chosen();
        Government government = governments.byId(upload.governmentId()).orElseThrow(this::expired);
        String owner = user.getUsername();
        Scope scope = user.scope();
        var lease = reads.acquire();
        String id;
        try {
            id = jobs.start(JobKinds.IMPORT_COMMIT, government.id(), owner, token, progress -> {
                try {
                    ImportResult r = importer.commit(
                            upload.fileName(),
                            upload.content(),
                            government.name(),
                            upload.year(),
                            owner,
                            scope,
                            progress,
                            chosen,
                            corrections);
                    pending.discard(token, owner);
                    return JobResult.reference(String.valueOf(r.planId()), summary(r));
                } finally {
                    lease.close();
                }
            });
        } catch (RuntimeException | Error e) {
            lease.close();
            throw e;
        }
        return "redirect:/jobs/" + id;
    }

    @PostMapping("/import/{token}/cancel")
    String cancel(@PathVariable String token, @AuthenticationPrincipal LuoshiUser user) {
        pending.take(token, user.getUsername());
        return "redirect:/import";
    }

    private static Phrase summary(ImportResult r) {
        return r.unchanged()
                ? new Phrase("import.unchanged")
                : new Phrase("import.done", r.tasks(), r.tasksAdded(), r.tasksUpdated(), r.progressWritten());
    }

    private DomainException expired() {
        return DomainException.of(DomainException.Kind.NOT_FOUND, "import.expired");
    }

    private String localized(DomainException e) {
        return LocaleContextHolder.getLocale().getLanguage().equals("en") ? e.en() : e.zh();
    }

    private String both(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
