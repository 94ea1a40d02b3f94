package org.luoshi.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import org.luoshi.DomainException;
import org.luoshi.DomainException.Kind;
import org.luoshi.account.LuoshiUser;
import org.luoshi.account.Role;
import org.luoshi.document.DocumentReaders;
import org.luoshi.document.Finding;
import org.luoshi.plan.Government;
import org.luoshi.plan.Governments;
import org.luoshi.plan.ImportPreview;
import org.luoshi.plan.ImportResult;
import org.luoshi.plan.PendingImports;
import org.luoshi.plan.PlanImporter;
import org.luoshi.web.DocumentReads;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Importing a document as the office does on the pages, in two steps: the upload is read and previewed (nothing is
 * stored but the upload, under a token), then committed by its token. The same bound on documents held in memory
 * applies ({@link DocumentReads}): past it the answer is 503 with Retry-After.
 */
@RestController
@RequestMapping("/api/v1/documents")
@Tag(name = "documents", description = "导入文档:上传预览、确认导入 / importing documents: upload and preview, commit")
class DocumentApi {

    /** What the preview shows. */
    record PreviewBody(
            String token,
            long governmentId,
            String governmentName,
            int year,
            String planTitle,
            Long existingPlanId,
            boolean alreadyImported,
            int tasks,
            List<Finding> findings) {}

    private final PlanImporter importer;
    private final PendingImports pending;
    private final Governments governments;
    private final DocumentReaders readers = new DocumentReaders();
    private final DocumentReads reads;
    private final org.luoshi.plan.ImportEditor editor;

    DocumentApi(
            PlanImporter importer,
            PendingImports pending,
            Governments governments,
            DocumentReads reads,
            org.luoshi.plan.ImportEditor editor) {
        this.editor = editor;
        this.importer = importer;
        this.pending = pending;
        this.governments = governments;
        this.reads = reads;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "上传并预览(不写入计划)/ upload and preview; nothing is written to a plan")
    PreviewBody upload(
            @Parameter(description = "文档(txt、html、docx、xlsx、csv)/ the document") @RequestParam MultipartFile file,
            @Parameter(description = "政府名称 / the government's name") @RequestParam String government,
            @Parameter(description = "年度(缺省时从文档读出)/ the year, else read from the document")
                    @RequestParam(required = false)
                    Integer year,
            @AuthenticationPrincipal LuoshiUser user)
            throws IOException {
        requireOffice(user);
        if (file.isEmpty()) {
            throw DomainException.of(DomainException.Kind.BAD_INPUT, "web.choose-file-import");
        }
        String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        Government target = importer.government(government, user.scope());
        try (var lease = reads.acquire()) {
            byte[] content = file.getBytes();
            if (content.length > DocumentReaders.MAX_BYTES) {
                throw DomainException.of(DomainException.Kind.BAD_INPUT, "web.file-larger-than-20");
            }
            readers.checkUpload(name, content);
            ImportPreview preview = importer.preview(name, content, target.name(), year, user.scope());
            String token = pending.save(preview.government().id(), user.getUsername(), preview.year(), name, content);
            return new PreviewBody(
                    token,
                    preview.government().id(),
                    preview.government().name(),
                    preview.year(),
                    preview.planTitle(),
                    preview.existingPlanId(),
                    preview.alreadyImported(),
                    preview.document().tasks().size(),
                    preview.document().document().findings());
        } catch (org.luoshi.document.UnreadableDocumentException e) {
            throw DomainException.of(DomainException.Kind.BAD_INPUT, "web.cannot-read-document", e.getMessage());
        }
    }

    @PostMapping("/{token}/commit")
    @Operation(summary = "确认导入预览过的文档(按已做更正)/ commit a previewed upload, as corrected, into its plan")
    ImportResult commit(@PathVariable String token, @AuthenticationPrincipal LuoshiUser user) {
        requireOffice(user);
        var upload = pending.peek(token, user.getUsername()).orElseThrow(() -> expired(token));
        Government government = governments.byId(upload.governmentId()).orElseThrow(() -> expired(token));
        var corrections = editor.corrections(token, user.getUsername());
        try (var lease = reads.acquire()) {
            ImportResult result = importer.commit(
                    upload.fileName(),
                    upload.content(),
                    government.name(),
                    upload.year(),
                    user.getUsername(),
                    user.scope(),
                    org.luoshi.job.Progress.NONE,
                    org.luoshi.plan.ImportPeriod.NONE,
                    corrections);
            pending.discard(token, user.getUsername());
            return result;
        }
    }

    @DeleteMapping("/{token}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "放弃预览过的上传 / discard a previewed upload")
    void discard(@PathVariable String token, @AuthenticationPrincipal LuoshiUser user) {
        requireOffice(user);
        pending.discard(token, user.getUsername());
    }

    @ExceptionHandler(DocumentReads.Busy.class)
    ResponseEntity<ProblemDetail> busy() {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", "30")
                .body(ApiErrors.problem(HttpStatus.SERVICE_UNAVAILABLE, "api.busy"));
    }

    private static void requireOffice(LuoshiUser user) {
        if (!user.is(Role.ADMIN) && !user.is(Role.OFFICE)) {
            throw new AccessDeniedException("office only");
        }
    }

    private static DomainException expired(String token) {
        return DomainException.of(Kind.NOT_FOUND, "parameter.invalid", "token");
    }
}
