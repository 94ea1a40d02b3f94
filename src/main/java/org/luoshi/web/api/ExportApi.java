package org.luoshi.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.luoshi.account.LuoshiUser;
import org.luoshi.document.AnalyzedDocument;
import org.luoshi.document.AnalyzedTask;
import org.luoshi.document.CanonicalJson;
import org.luoshi.plan.PlanExporter;
import org.luoshi.plan.UnitQueries;
import org.luoshi.plan.UnitQueries.UnitDetail;
import org.luoshi.plan.UnitQueries.UnitSummary;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bulk reads: a plan and one period in one answer, as the canonical JSON ({@code CANONICAL-JSON.md}, what
 * {@code luoshi export} writes) or as CSV, and the units the caller may see. Reads carry an ETag
 * ({@code ApiEtags}), so a client polling an unchanged plan gets 304.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "export", description = "整体导出与单位 / bulk export and units")
class ExportApi {

    private final PlanExporter exporter;
    private final UnitQueries units;

    ExportApi(PlanExporter exporter, UnitQueries units) {
        this.exporter = exporter;
        this.units = units;
    }

    @GetMapping(
            value = "/plans/{id}/export",
            produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    @Operation(
            summary = "计划与一个期间的全部数据(规范 JSON 或 CSV)/ a plan and one period in full, canonical JSON or CSV",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            description = "规范 JSON,或 format=csv 时为 CSV / canonical JSON, or CSV with format=csv",
                            content = {@Content(mediaType = "application/json"), @Content(mediaType = "text/csv")}))
    ResponseEntity<byte[]> export(
            @PathVariable long id,
            @Parameter(description = "期间名称,如“前三季度”;缺省为最近一期 / the period's label, else the latest")
                    @RequestParam(required = false)
                    String period,
            @Parameter(description = "json(默认)或 csv / json (default) or csv") @RequestParam(defaultValue = "json")
                    String format,
            @AuthenticationPrincipal LuoshiUser user) {
        AnalyzedDocument document = exporter.export(id, period, user.scope());
        if ("csv".equalsIgnoreCase(format)) {
            return ResponseEntity.ok()
                    .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .header("Content-Disposition", "attachment; filename=\"plan-" + id + ".csv\"")
                    .body(csv(document));
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .body(CanonicalJson.write(document).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/units")
    @Operation(summary = "可见的单位 / the units the caller may see")
    List<UnitSummary> units(@AuthenticationPrincipal LuoshiUser user) {
        return units.units(user.scope(), null);
    }

    @GetMapping("/units/{id}")
    @Operation(summary = "一个单位及其别名 / one unit and its aliases")
    UnitDetail unit(@PathVariable long id, @AuthenticationPrincipal LuoshiUser user) {
        return units.unit(id, user.scope())
                .orElseThrow(() -> org.luoshi.DomainException.of(
                        org.luoshi.DomainException.Kind.NOT_FOUND, "web.no-such-unit", id));
    }

    /** One line a task, with a BOM so that Excel reads it as UTF-8. Cells that a spreadsheet would run are quoted. */
    static byte[] csv(AnalyzedDocument document) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append("number,group,content,lead_units,co_units,progress,status,reason\r\n");
        for (AnalyzedTask t : document.tasks()) {
            var row = t.row();
            List.of(
                            row.number(),
                            row.group(),
                            row.content(),
                            String.join("\u3001", row.leadUnits()),
                            String.join("\u3001", row.coUnits()),
                            row.progress(),
                            t.judgement() == null ? "" : t.judgement().status().code(),
                            t.judgement() == null ? "" : t.judgement().reason())
                    .forEach(cell -> out.append(cell(cell)).append(','));
            out.setLength(out.length() - 1);
            out.append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
