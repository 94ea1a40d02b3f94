package org.luoshi.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.luoshi.account.LuoshiUser;
import org.luoshi.judgement.JudgementQueries;
import org.luoshi.judgement.JudgementViews.FindingView;
import org.luoshi.judgement.JudgementViews.JudgementView;
import org.luoshi.judgement.JudgementViews.Rollup;
import org.luoshi.progress.PeriodClosing;
import org.luoshi.progress.PeriodClosing.PeriodStatus;
import org.luoshi.progress.PeriodForm;
import org.luoshi.progress.Reporting;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A plan's reporting periods: listed, opened, closed and reopened by the plan's office (the rules are in
 * {@link Reporting} and {@link PeriodClosing}), and the judgements and findings of one period. A period of
 * another plan, or outside the caller's governments, answers 404.
 */
@RestController
@RequestMapping("/api/v1/plans/{planId}/periods")
@Tag(name = "periods", description = "报告期:开启、关闭、重新开放 / reporting periods: open, close, reopen")
class PeriodApi {

    record PeriodRequest(
            @Schema(example = "前三季度") String label,
            @Schema(example = "2022-09-30") LocalDate endDate,
            @Schema(example = "2022-10-10") LocalDate dueDate,

            @Schema(example = "0.75", description = "序时进度 / expected share of the year")
            BigDecimal expectedShare) {}

    record ReopenRequest(@Schema(example = "定海区补报三季度数据") String reason) {}

    private final Reporting reporting;
    private final PeriodClosing closing;
    private final JudgementQueries judgements;

    PeriodApi(Reporting reporting, PeriodClosing closing, JudgementQueries judgements) {
        this.reporting = reporting;
        this.closing = closing;
        this.judgements = judgements;
    }

    @GetMapping
    @Operation(summary = "计划的报告期(含关闭状态)/ a plan's reporting periods, with their closed state")
    List<PeriodStatus> periods(@PathVariable long planId, @AuthenticationPrincipal LuoshiUser user) {
        return closing.ofPlan(planId, user);
    }

    @PostMapping
    @Operation(summary = "开启报告期(督查室)/ the office opens a reporting period")
    ResponseEntity<PeriodStatus> open(
            @PathVariable long planId, @RequestBody PeriodRequest body, @AuthenticationPrincipal LuoshiUser user) {
        long id = reporting.openPeriod(
                planId, new PeriodForm(body.label(), body.endDate(), body.dueDate(), body.expectedShare()), user);
        return ResponseEntity.created(URI.create("/api/v1/plans/" + planId + "/periods/" + id))
                .body(closing.status(planId, id, user));
    }

    @GetMapping("/{periodId}")
    @Operation(summary = "一个报告期 / one reporting period")
    PeriodStatus period(
            @PathVariable long planId, @PathVariable long periodId, @AuthenticationPrincipal LuoshiUser user) {
        return closing.status(planId, periodId, user);
    }

    @PostMapping("/{periodId}/close")
    @Operation(
            summary =
                    "关闭报告期(督查室):其报告不能再修改、报送、退回或采纳 / the office closes a period: its reports" + " can no longer change")
    PeriodStatus close(
            @PathVariable long planId, @PathVariable long periodId, @AuthenticationPrincipal LuoshiUser user) {
        return closing.close(planId, periodId, user);
    }

    @PostMapping("/{periodId}/reopen")
    @Operation(summary = "重新开放报告期(督查室,须填理由)/ the office reopens a period, with a reason")
    PeriodStatus reopen(
            @PathVariable long planId,
            @PathVariable long periodId,
            @RequestBody ReopenRequest body,
            @AuthenticationPrincipal LuoshiUser user) {
        return closing.reopen(planId, periodId, body.reason(), user);
    }

    @GetMapping("/{periodId}/judgements")
    @Operation(summary = "报告期内每项任务的研判 / each task's judgement in the period")
    List<JudgementView> judgements(
            @PathVariable long planId, @PathVariable long periodId, @AuthenticationPrincipal LuoshiUser user) {
        closing.status(planId, periodId, user);
        return List.copyOf(judgements.forPeriod(periodId, user.scope()).values());
    }

    @GetMapping("/{periodId}/findings")
    @Operation(summary = "报告期的问题提示 / the period's findings")
    List<FindingView> findings(
            @PathVariable long planId, @PathVariable long periodId, @AuthenticationPrincipal LuoshiUser user) {
        closing.status(planId, periodId, user);
        return judgements.findings(periodId, user.scope());
    }

    @GetMapping("/{periodId}/assessment")
    @Operation(summary = "报告期按状态、单位、分类汇总 / the period's roll-up by status, unit and category")
    Rollup assessment(
            @PathVariable long planId, @PathVariable long periodId, @AuthenticationPrincipal LuoshiUser user) {
        return judgements.rollup(planId, closing.status(planId, periodId, user).label(), user.scope());
    }
}
