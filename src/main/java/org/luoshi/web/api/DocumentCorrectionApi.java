package org.luoshi.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.luoshi.DomainException;
import org.luoshi.DomainException.Kind;
import org.luoshi.account.LuoshiUser;
import org.luoshi.account.Role;
import org.luoshi.document.AnalyzedTask;
import org.luoshi.document.Finding;
import org.luoshi.plan.ColumnRole;
import org.luoshi.plan.Correction;
import org.luoshi.plan.ImportEditor;
import org.luoshi.plan.ImportGrid;
import org.luoshi.web.DocumentReads;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The preview of an upload as an editor, as the office has it on the page: the grid of what was read (columns with
 * their role, rows with their cells and the analysis they lead to), the layout profile applied, the corrections made.
 * A correction is tried before it is kept: a bad one is refused (400, both languages) and nothing is stored. The
 * commit ({@code POST /api/v1/documents/{token}/commit}) stores the corrected result.
 */
@RestController
@RequestMapping("/api/v1/documents/{token}")
@Tag(name = "documents", description = "导入文档:上传预览、更正、确认导入 / importing documents: preview, correct, commit")
class DocumentCorrectionApi {

    @Schema(
            description =
                    "一项更正 / one correction. kind: role (column, role), merge (row), split (row, at), heading (row),"
                            + " skip (row), edit (row, column, value); rows counted from 1")
    record CorrectionBody(
            @Schema(allowableValues = {"role", "merge", "split", "heading", "skip", "edit", "ignore"})
            String kind,

            Integer row,
            String column,

            @Schema(allowableValues = {"number", "content", "lead", "co", "progress", "status", "other", "ignore"})
            String role,

            @Schema(description = "拆分位置(工作内容的第几个字之后)/ split after this many characters of the task text")
            Integer at,

            String value,

            @Schema(description = "被忽略的行文字(版式配置)/ the ignored line's text (layout profile)")
            String text) {}

    record ProfileBody(String source, boolean found, int applied, boolean switchedOff) {}

    record ColumnBody(String name, String role, double confidence, boolean weak, boolean corrected) {}

    record AnalysisBody(String status, String reason, List<String> targets, List<String> actuals) {}

    record RowBody(
            int row,
            String kind,
            List<String> cells,
            String group,
            double confidence,
            boolean weak,
            boolean corrected,
            AnalysisBody analysis) {}

    record EditorBody(
            String token,
            long governmentId,
            String governmentName,
            int year,
            String planTitle,
            Long existingPlanId,
            boolean alreadyImported,
            int tasks,
            double weakBelow,
            ProfileBody profile,
            List<CorrectionBody> corrections,
            List<ColumnBody> columns,
            List<RowBody> rows,
            List<Finding> findings) {}

    record SwitchBody(boolean applied) {}

    private final ImportEditor editor;
    private final DocumentReads reads;

    DocumentCorrectionApi(ImportEditor editor, DocumentReads reads) {
        this.editor = editor;
        this.reads = reads;
    }

    @GetMapping
    @Operation(summary = "预览:读取结果表格、版式配置与已做更正 / the preview: the grid read, the layout profile, the corrections")
    EditorBody preview(
            @Parameter(description = "上传时得到的令牌 / the token of the upload") @PathVariable String token,
            @AuthenticationPrincipal LuoshiUser user) {
        requireOffice(user);
        try (var lease = reads.acquire()) {
            return body(editor.open(token, user.getUsername(), user.scope()));
        }
    }

    @PostMapping("/corrections")
    @Operation(summary = "加一项更正并重新分析 / add a correction and analyse again")
    EditorBody correct(
            @PathVariable String token, @RequestBody CorrectionBody body, @AuthenticationPrincipal LuoshiUser user) {
        requireOffice(user);
        try (var lease = reads.acquire()) {
            return body(editor.correct(token, user.getUsername(), user.scope(), correction(body)));
        }
    }

    @DeleteMapping("/corrections/last")
    @Operation(summary = "撤销上一项更正 / undo the last correction")
    EditorBody undo(@PathVariable String token, @AuthenticationPrincipal LuoshiUser user) {
        requireOffice(user);
        editor.undo(token, user.getUsername());
        return preview(token, user);
    }

    @PutMapping("/profile")
    @Operation(summary = "应用或不应用版式配置(已做更正随之撤销)/ apply the layout profile or not (undoes the corrections)")
    EditorBody profile(
            @PathVariable String token, @RequestBody SwitchBody body, @AuthenticationPrincipal LuoshiUser user) {
        requireOffice(user);
        editor.switchProfile(token, user.getUsername(), !body.applied());
        return preview(token, user);
    }

    static Correction correction(CorrectionBody b) {
        String kind = b.kind() == null ? "" : b.kind();
        int row = b.row() == null ? 0 : b.row();
        return switch (kind) {
            case "role" -> {
                ColumnRole role = ColumnRole.of(b.role());
                if (role == null) {
                    throw DomainException.of(Kind.BAD_INPUT, "correction-unknown", "role " + b.role());
                }
                yield new Correction.SetRole(text(b.column()), role);
            }
            case "merge" -> new Correction.Merge(row);
            case "split" -> new Correction.Split(row, b.at() == null ? 0 : b.at());
            case "heading" -> new Correction.Heading(row);
            case "skip" -> new Correction.NotATask(row);
            case "edit" -> new Correction.EditCell(row, text(b.column()), text(b.value()));
            case "ignore" -> new Correction.IgnoreLine(text(b.text()));
            default -> throw DomainException.of(Kind.BAD_INPUT, "correction-unknown", kind);
        };
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    static CorrectionBody body(Correction c) {
        if (c instanceof Correction.SetRole r) {
            return new CorrectionBody("role", null, r.column(), r.role().code(), null, null, null);
        } else if (c instanceof Correction.Merge m) {
            return new CorrectionBody("merge", m.row(), null, null, null, null, null);
        } else if (c instanceof Correction.Split s) {
            return new CorrectionBody("split", s.row(), null, null, s.at(), null, null);
        } else if (c instanceof Correction.Heading h) {
            return new CorrectionBody("heading", h.row(), null, null, null, null, null);
        } else if (c instanceof Correction.NotATask n) {
            return new CorrectionBody("skip", n.row(), null, null, null, null, null);
        } else if (c instanceof Correction.EditCell e) {
            return new CorrectionBody("edit", e.row(), e.column(), null, null, e.value(), null);
        }
        return new CorrectionBody("ignore", null, null, null, null, null, ((Correction.IgnoreLine) c).text());
    }

    private static EditorBody body(ImportEditor.Editor e) {
        var p = e.preview();
        var editing = e.editing();
        ImportGrid grid = editing.grid();
        List<ColumnBody> columns = grid.columns().stream()
                .map(c -> new ColumnBody(
                        c.name(), c.role().code(), c.confidence(), e.weak(c.confidence()), c.corrected()))
                .toList();
        List<RowBody> rows = grid.rows().stream()
                .map(r -> new RowBody(
                        r.number(),
                        r.kind().name().toLowerCase(java.util.Locale.ROOT),
                        r.cells(),
                        r.group(),
                        r.confidence(),
                        e.weak(r.confidence()),
                        r.corrected(),
                        analysis(e.analysis(r.number()))))
                .toList();
        return new EditorBody(
                e.token(),
                p.government().id(),
                p.government().name(),
                p.year(),
                p.planTitle(),
                p.existingPlanId(),
                p.alreadyImported(),
                p.document().tasks().size(),
                e.weakBelow(),
                new ProfileBody(
                        editing.source(), editing.profileFound(), editing.profileApplied(), editing.profileOff()),
                editing.corrections().stream().map(DocumentCorrectionApi::body).toList(),
                columns,
                rows,
                p.document().document().findings());
    }

    private static AnalysisBody analysis(AnalyzedTask t) {
        if (t == null) {
            return null;
        }
        return new AnalysisBody(
                t.judgement().status().code(),
                t.judgement().reason(),
                ImportEditor.texts(t.targets()),
                ImportEditor.texts(t.actuals()));
    }

    private static void requireOffice(LuoshiUser user) {
        if (!user.is(Role.ADMIN) && !user.is(Role.OFFICE)) {
            throw new AccessDeniedException("office only");
        }
    }
}
