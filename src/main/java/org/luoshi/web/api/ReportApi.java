package org.luoshi.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.luoshi.account.LuoshiUser;
import org.luoshi.progress.ProgressReport;
import org.luoshi.progress.ReportQueries;
import org.luoshi.progress.ReportViews.PeriodRow;
import org.luoshi.progress.ReportViews.ReportRow;
import org.luoshi.progress.ReportViews.WorkFilter;
import org.luoshi.progress.Reporting;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reporting cycle over REST, with the same authorization as the pages (checked in {@link Reporting}).
 * Request bodies carry only what the caller may set: never an id, a unit, a government or a state.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "reporting", description = "填报期与进展报告 / reporting periods and progress reports")
class ReportApi {

    record TextRequest(int version, String text, String figures) {}

    record VersionRequest(int version) {}

    record ReturnRequest(int version, String reason) {}

    record BulkRequest(List<Long> ids) {}

    record ReportBody(
            long id,
            long periodId,
            long taskId,
            long unitId,
            String state,
            int version,
            String text,
            String figures,
            String returnReason) {
        static ReportBody of(ProgressReport r) {
            return new ReportBody(
                    r.id(),
                    r.periodId(),
                    r.taskId(),
                    r.unitId(),
                    r.state().code(),
                    r.version(),
                    r.text(),
                    r.figures(),
                    r.returnReason());
        }
    }

    private final Reporting reporting;
    private final ReportQueries queries;

    ReportApi(Reporting reporting, ReportQueries queries) {
        this.reporting = reporting;
        this.queries = queries;
    }

    @GetMapping("/periods")
    @Operation(summary = "可见的填报期 / the reporting periods the caller may see")
    List<PeriodRow> periods(@AuthenticationPrincipal LuoshiUser user) {
        return queries.periods(user);
    }

    @GetMapping("/periods/{periodId}/reports")
    @Operation(summary = "填报期的报告(可筛选)/ the reports of a period, filtered")
    List<ReportRow> reports(
            @PathVariable long periodId,
            @RequestParam(required = false) Long unit,
            @RequestParam(required = false) String state,
            @RequestParam(required = false) Boolean late,
            @RequestParam(required = false) String status,
            @AuthenticationPrincipal LuoshiUser user) {
        return queries.period(periodId, new WorkFilter(unit, state, late, status), user);
    }

    @GetMapping("/reports/{id}")
    @Operation(summary = "一份进展报告 / one progress report")
    ReportBody report(@PathVariable long id, @AuthenticationPrincipal LuoshiUser user) {
        return ReportBody.of(reporting.readable(id, user));
    }

    /** A field left out of the body ({@code text} or {@code figures}) keeps its stored value; an empty one clears it. */
    @PutMapping("/reports/{id}")
    @Operation(summary = "保存草稿 / save a draft")
    ReportBody save(@PathVariable long id, @RequestBody TextRequest body, @AuthenticationPrincipal LuoshiUser user) {
        ProgressReport current = body.text() == null || body.figures() == null ? reporting.readable(id, user) : null;
        String text = body.text() != null ? body.text() : current.text();
        String figures = body.figures() != null ? body.figures() : current.figures();
        return ReportBody.of(reporting.save(id, body.version(), text, figures, user));
    }

    @PostMapping("/reports/{id}/submit")
    @Operation(summary = "提交 / submit")
    ReportBody submit(@PathVariable long id, @RequestBody TextRequest body, @AuthenticationPrincipal LuoshiUser user) {
        return ReportBody.of(reporting.submit(id, body.version(), body.text(), body.figures(), user));
    }

    @PostMapping("/reports/{id}/approve")
    @Operation(summary = "单位审核通过 / the unit approves")
    ReportBody approve(
            @PathVariable long id, @RequestBody VersionRequest body, @AuthenticationPrincipal LuoshiUser user) {
        return ReportBody.of(reporting.approve(id, body.version(), user));
    }

    @PostMapping("/reports/{id}/return")
    @Operation(summary = "退回修改(须填理由)/ return for rework, with a reason")
    ReportBody returnForRework(
            @PathVariable long id, @RequestBody ReturnRequest body, @AuthenticationPrincipal LuoshiUser user) {
        return ReportBody.of(reporting.returnForRework(id, body.version(), body.reason(), user));
    }

    @PostMapping("/reports/{id}/accept")
    @Operation(summary = "督查室验收 / the office accepts")
    ReportBody accept(
            @PathVariable long id, @RequestBody VersionRequest body, @AuthenticationPrincipal LuoshiUser user) {
        return ReportBody.of(reporting.accept(id, body.version(), user));
    }

    @PostMapping("/reports/accept")
    @Operation(summary = "批量验收 / accept several")
    Map<String, Integer> acceptAll(@RequestBody BulkRequest body, @AuthenticationPrincipal LuoshiUser user) {
        return Map.of("accepted", reporting.acceptAll(body.ids() == null ? List.of() : body.ids(), user));
    }
}
