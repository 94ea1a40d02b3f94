package org.luoshi.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.luoshi.DomainException;
import org.luoshi.account.LuoshiUser;
import org.luoshi.judgement.JudgementQueries;
import org.luoshi.judgement.JudgementViews.FindingView;
import org.luoshi.judgement.JudgementViews.JudgementView;
import org.luoshi.judgement.JudgementViews.Rollup;
import org.luoshi.judgement.Overrides;
import org.luoshi.plan.PlanQueries;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A plan's judgements, findings and roll-ups for a period, and the office's overrides. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "assessment", description = "研判 / assessment")
class AssessmentApi {

    /** An override as sent: the period by its label, the status code and the mandatory reason. */
    record OverrideRequest(String period, String status, String reason) {}

    private final JudgementQueries judgements;
    private final Overrides overrides;
    private final PlanQueries plans;

    AssessmentApi(JudgementQueries judgements, Overrides overrides, PlanQueries plans) {
        this.judgements = judgements;
        this.overrides = overrides;
        this.plans = plans;
    }

    @GetMapping("/plans/{id}/assessment")
    @Operation(summary = "按状态、单位、分类汇总 / roll-up by status, unit and category")
    Rollup assessment(
            @PathVariable long id,
            @Parameter(description = "报告期间,默认最新 / period label, default latest") @RequestParam(required = false)
                    String period,
            @AuthenticationPrincipal LuoshiUser user) {
        return judgements.rollup(id, period, user.scope());
    }

    @GetMapping("/plans/{id}/judgements")
    @Operation(summary = "每项任务的研判 / each task's judgement")
    List<JudgementView> judgements(
            @PathVariable long id,
            @RequestParam(required = false) String period,
            @AuthenticationPrincipal LuoshiUser user) {
        var p = judgements.period(id, period, user.scope());
        return List.copyOf(judgements.forPeriod(p.id(), user.scope()).values());
    }

    @GetMapping("/plans/{id}/findings")
    @Operation(summary = "期间的问题提示 / the period's findings")
    List<FindingView> findings(
            @PathVariable long id,
            @RequestParam(required = false) String period,
            @AuthenticationPrincipal LuoshiUser user) {
        var p = judgements.period(id, period, user.scope());
        return judgements.findings(p.id(), user.scope());
    }

    @GetMapping("/tasks/{taskId}/judgements")
    @Operation(summary = "一项任务各报告期的研判 / a task's judgement in every period")
    List<JudgementView> taskJudgements(@PathVariable long taskId, @AuthenticationPrincipal LuoshiUser user) {
        plans.task(taskId, user.scope())
                .orElseThrow(() -> DomainException.of(DomainException.Kind.NOT_FOUND, "web.no-such-task", taskId));
        return judgements.forTask(taskId, user.scope());
    }

    @PutMapping("/tasks/{taskId}/override")
    @Operation(summary = "督查室调整状态(须填理由)/ the office overrides a status, with a reason")
    ResponseEntity<Void> override(
            @PathVariable long taskId, @RequestBody OverrideRequest request, @AuthenticationPrincipal LuoshiUser user) {
        long periodId = periodOf(taskId, request.period(), user);
        overrides.override(taskId, periodId, request.status(), request.reason(), user);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/tasks/{taskId}/override")
    @Operation(summary = "撤销调整 / withdraw an override")
    ResponseEntity<Void> clear(
            @PathVariable long taskId, @RequestParam String period, @AuthenticationPrincipal LuoshiUser user) {
        overrides.clear(taskId, periodOf(taskId, period, user), user);
        return ResponseEntity.noContent().build();
    }

    private long periodOf(long taskId, String period, LuoshiUser user) {
        var task = plans.task(taskId, user.scope())
                .orElseThrow(() -> DomainException.of(DomainException.Kind.NOT_FOUND, "web.no-such-task", taskId));
        return judgements.period(task.planId(), period, user.scope()).id();
    }
}
