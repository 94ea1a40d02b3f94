package org.luoshi.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.luoshi.DomainException;
import org.luoshi.account.LuoshiUser;
import org.luoshi.plan.PlanQueries;
import org.luoshi.plan.PlanViews.PlanView;
import org.luoshi.plan.PlanViews.TaskFilter;
import org.luoshi.plan.PlanViews.TaskPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Plans and their tasks, scoped to what the caller may see. */
@RestController
@RequestMapping("/api/v1/plans")
@Tag(name = "plans", description = "计划与任务 / plans and tasks")
class PlanApi {

    private final PlanQueries plans;

    PlanApi(PlanQueries plans) {
        this.plans = plans;
    }

    @GetMapping
    @Operation(summary = "可见的计划 / the plans the caller may see")
    List<PlanView> plans(@AuthenticationPrincipal LuoshiUser user) {
        return plans.plans(user.scope());
    }

    @GetMapping("/{id}")
    @Operation(summary = "一个计划 / one plan")
    PlanView plan(@PathVariable long id, @AuthenticationPrincipal LuoshiUser user) {
        return plans.plan(id, user.scope()).orElseThrow(() -> notFound(id));
    }

    @GetMapping("/{id}/tasks")
    @Operation(summary = "计划的任务(分页)/ a plan's tasks, paged")
    TaskPage tasks(
            @PathVariable long id,
            @Parameter(description = "单位ID / unit id") @RequestParam(required = false) Long unit,
            @Parameter(description = "关键词 / keyword") @RequestParam(required = false, defaultValue = "") String q,
            @Parameter(description = "页码,从0开始 / page, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "每页条数(最多200)/ page size, at most 200") @RequestParam(defaultValue = "20") int size,
            @AuthenticationPrincipal LuoshiUser user) {
        if (page < 0 || size < 1 || size > 200) {
            throw DomainException.of(DomainException.Kind.BAD_INPUT, "web.invalid-paging-page-0");
        }
        plans.plan(id, user.scope()).orElseThrow(() -> notFound(id));
        return plans.tasks(id, new TaskFilter(unit, q, page, size), user.scope());
    }

    private static DomainException notFound(long id) {
        return DomainException.of(DomainException.Kind.NOT_FOUND, "web.no-such-plan", id);
    }
}
