package org.luoshi.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.luoshi.DomainException;
import org.luoshi.account.LuoshiUser;
import org.luoshi.plan.ColumnRole;
import org.luoshi.plan.Correction;
import org.luoshi.plan.ImportEditor;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The corrections of the import preview: plain form posts answered by a redirect to the preview (htmx swaps the
 * editor in place). A refused correction shows the preview again, 400 (409 for a conflict), with its message and,
 * for a rewritten row, what was typed.
 */
@Controller
class ImportEditorPages {

    private final ImportEditor editor;
    private final ImportController pages;
    private final DocumentReads reads;

    ImportEditorPages(ImportEditor editor, ImportController pages, DocumentReads reads) {
        this.editor = editor;
        this.pages = pages;
        this.reads = reads;
    }

    @PostMapping("/import/{token}/corrections")
    String correct(
            @PathVariable String token,
            @RequestParam String kind,
            @RequestParam(required = false) Integer row,
            @RequestParam(required = false) String column,
            @RequestParam(required = false) String role,
            @RequestParam(required = false) String at,
            @RequestParam(name = "col", required = false) List<String> columns,
            @RequestParam(name = "val", required = false) List<String> values,
            @RequestParam(required = false) boolean weak,
            @AuthenticationPrincipal LuoshiUser user,
            Model model,
            HttpServletResponse response) {
        String username = user.getUsername();
        try (var lease = reads.acquire()) {
            var current = editor.open(token, username, user.scope());
            var asked = corrections(current, kind, row, column, role, at, columns, values);
            if (!asked.isEmpty()) {
                editor.correct(token, username, user.scope(), asked);
            }
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            response.setStatus(e.kind() == DomainException.Kind.CONFLICT ? 409 : 400);
            model.addAttribute("correctionError", localized(e));
            if ("edit".equals(kind) || "split".equals(kind)) {
                model.addAttribute("typed", typed(columns, values));
                model.addAttribute("typedAt", at);
                String page = pages.preview(token, weak, row, user, model);
                return page;
            }
            return pages.preview(token, weak, null, user, model);
        }
        return "redirect:/import/" + token + (weak ? "?weak=true" : "");
    }

    @PostMapping("/import/{token}/undo")
    String undo(
            @PathVariable String token,
            @RequestParam(required = false) boolean weak,
            @AuthenticationPrincipal LuoshiUser user) {
        editor.undo(token, user.getUsername());
        return "redirect:/import/" + token + (weak ? "?weak=true" : "");
    }

    @PostMapping("/import/{token}/profile")
    String profile(@PathVariable String token, @RequestParam boolean off, @AuthenticationPrincipal LuoshiUser user) {
        editor.switchProfile(token, user.getUsername(), off);
        return "redirect:/import/" + token;
    }

    /** The corrections a form asks for: one, or for a rewritten row one per cell that changed. */
    private List<Correction> corrections(
            ImportEditor.Editor current,
            String kind,
            Integer row,
            String column,
            String role,
            String at,
            List<String> columns,
            List<String> values) {
        int r = row == null ? 0 : row;
        return switch (kind) {
            case "role" -> {
                ColumnRole chosen = ColumnRole.of(role);
                if (chosen == null) {
                    throw DomainException.of(
                            DomainException.Kind.BAD_INPUT, "correction-unknown", String.valueOf(role));
                }
                yield List.of(new Correction.SetRole(column == null ? "" : column, chosen));
            }
            case "merge" -> List.of(new Correction.Merge(r));
            case "heading" -> List.of(new Correction.Heading(r));
            case "skip" -> List.of(new Correction.NotATask(r));
            case "split" -> List.of(editor.splitBefore(current, r, at));
            case "edit" -> edits(current, r, columns, values);
            default -> throw DomainException.of(DomainException.Kind.BAD_INPUT, "correction-unknown", kind);
        };
    }

    private static List<Correction> edits(
            ImportEditor.Editor current, int row, List<String> columns, List<String> values) {
        var grid = current.editing().grid();
        if (row < 1 || row > grid.rows().size()) {
            throw DomainException.of(
                    DomainException.Kind.BAD_INPUT,
                    "correction-no-row",
                    row,
                    grid.rows().size());
        }
        Map<String, String> typed = typed(columns, values);
        var cells = grid.rows().get(row - 1).cells();
        List<Correction> out = new java.util.ArrayList<>();
        typed.forEach((name, value) -> {
            int i = grid.column(name);
            if (i < 0 || !cells.get(i).equals(value.strip())) {
                out.add(new Correction.EditCell(row, name, value));
            }
        });
        return out;
    }

    private static Map<String, String> typed(List<String> columns, List<String> values) {
        Map<String, String> typed = new LinkedHashMap<>();
        if (columns != null && values != null) {
            for (int i = 0; i < Math.min(columns.size(), values.size()); i++) {
                typed.put(columns.get(i), values.get(i));
            }
        }
        return typed;
    }

    private static String localized(DomainException e) {
        return LocaleContextHolder.getLocale().getLanguage().equals("en") ? e.en() : e.zh();
    }
}
