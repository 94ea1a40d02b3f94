package org.luoshi.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.luoshi.DomainException;
import org.luoshi.account.LuoshiUser;
import org.luoshi.plan.EditResult;
import org.luoshi.plan.PlanEditor;
import org.luoshi.plan.PlanEdits;
import org.luoshi.plan.PlanEdits.TargetRow;
import org.luoshi.plan.PlanEdits.TaskForm;
import org.luoshi.plan.TargetDraft;
import org.luoshi.plan.TargetEditor;
import org.luoshi.plan.TaskDraft;
import org.luoshi.plan.UnitPicker;
import org.luoshi.plan.UnitPicker.UnitChoice;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Keeping a plan by hand: plans, tasks, targets and units written by the office of the plan's government (or the
 * administrator). Every write names the task version it saw; a stale one answers 409 and changes nothing.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "plan-editing", description = "手工维护计划 / keeping a plan by hand")
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICE')")
class PlanEditApi {

    record NewPlan(Long governmentId, Integer year, String title) {}

    record TaskRequest(
            Integer version,
            String number,
            String content,
            String category,
            List<Long> leadUnits,
            List<Long> coUnits,
            String leader,
            String deadline) {
        TaskDraft draft() {
            return new TaskDraft(number, content, category, leadUnits, coUnits, leader, deadline);
        }
    }

    record MoveRequest(Integer version, Integer position) {}

    record ReasonRequest(Integer version, String reason) {}

    record MergeRequest(Integer version, Long into, String reason) {}

    record TargetRequest(
            Integer version,
            String metric,
            String kind,
            BigDecimal value,
            BigDecimal magnitude,
            String unit,
            String comparator) {
        TargetDraft draft() {
            return new TargetDraft(metric, kind, value, magnitude, unit, comparator);
        }
    }

    record NewUnit(String name) {}

    private final PlanEditor editor;
    private final TargetEditor targets;
    private final PlanEdits edits;
    private final UnitPicker units;

    PlanEditApi(PlanEditor editor, TargetEditor targets, PlanEdits edits, UnitPicker units) {
        this.editor = editor;
        this.targets = targets;
        this.edits = edits;
        this.units = units;
    }

    @PostMapping("/plans")
    @Operation(summary = "手工新建计划(不导入文档)/ create a plan by hand, without a document")
    ResponseEntity<Map<String, Long>> createPlan(@RequestBody NewPlan body, @AuthenticationPrincipal LuoshiUser user) {
        long government = required(body.governmentId(), "governmentId");
        long id = editor.createPlan(government, body.year(), body.title(), user.getUsername(), user.scope());
        return ResponseEntity.created(URI.create("/api/v1/plans/" + id)).body(Map.of("id", id));
    }

    // {id}, as the plan's GET /plans/{id}/tasks names it: one path, two methods (OpenAPI no-identical-paths).
    @PostMapping("/plans/{id}/tasks")
    @Operation(summary = "新增任务(排在最后)/ add a task at the end of the plan")
    ResponseEntity<EditResult> addTask(
            @PathVariable("id") long planId, @RequestBody TaskRequest body, @AuthenticationPrincipal LuoshiUser user) {
        EditResult result = editor.addTask(planId, body.draft(), user.getUsername(), user.scope());
        return ResponseEntity.created(URI.create("/api/v1/tasks/" + result.id() + "/form"))
                .body(result);
    }

    @GetMapping("/tasks/{id}/form")
    @Operation(summary = "任务的可编辑内容(含版本号\u3001单位ID\u3001目标ID)/ a task as editing sees it, with its version")
    TaskForm task(@PathVariable long id, @AuthenticationPrincipal LuoshiUser user) {
        return edits.task(id, user.scope())
                .orElseThrow(() -> DomainException.of(DomainException.Kind.NOT_FOUND, "edit.task.notFound", id));
    }

    @PutMapping("/tasks/{id}")
    @Operation(summary = "修改任务(须带版本号)/ change a task, naming the version seen")
    EditResult updateTask(
            @PathVariable long id, @RequestBody TaskRequest body, @AuthenticationPrincipal LuoshiUser user) {
        return editor.updateTask(
                id, required(body.version(), "version"), body.draft(), user.getUsername(), user.scope());
    }

    @DeleteMapping("/tasks/{id}")
    @Operation(summary = "删除录错的任务(已有进展的须销号)/ remove a task typed in error")
    ResponseEntity<Void> removeTask(
            @PathVariable long id,
            @Parameter(description = "看到的版本号 / the version seen") @RequestParam int version,
            @AuthenticationPrincipal LuoshiUser user) {
        editor.removeTask(id, version, user.getUsername(), user.scope());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/tasks/{id}/move")
    @Operation(summary = "调整任务顺序 / move a task to a position (1 = first)")
    EditResult move(@PathVariable long id, @RequestBody MoveRequest body, @AuthenticationPrincipal LuoshiUser user) {
        return editor.moveTask(
                id,
                required(body.version(), "version"),
                required(body.position(), "position"),
                user.getUsername(),
                user.scope());
    }

    @PostMapping("/tasks/{id}/cancel")
    @Operation(summary = "销号(须填理由)/ cancel a task (销号), with a reason")
    EditResult cancel(
            @PathVariable long id, @RequestBody ReasonRequest body, @AuthenticationPrincipal LuoshiUser user) {
        return editor.cancelTask(
                id, required(body.version(), "version"), body.reason(), user.getUsername(), user.scope());
    }

    @PostMapping("/tasks/{id}/merge")
    @Operation(summary = "并入另一任务(须填理由)/ merge a task into another, with a reason")
    EditResult merge(@PathVariable long id, @RequestBody MergeRequest body, @AuthenticationPrincipal LuoshiUser user) {
        return editor.mergeTask(
                id,
                required(body.version(), "version"),
                required(body.into(), "into"),
                body.reason(),
                user.getUsername(),
                user.scope());
    }

    @GetMapping("/tasks/{id}/targets")
    @Operation(summary = "任务的量化目标(改过的附读取结果)/ a task's targets, with the reader's proposal of a changed one")
    List<TargetRow> targets(@PathVariable long id, @AuthenticationPrincipal LuoshiUser user) {
        return task(id, user).targets();
    }

    @PostMapping("/tasks/{id}/targets")
    @Operation(summary = "新增量化目标 / add a target")
    ResponseEntity<EditResult> addTarget(
            @PathVariable long id, @RequestBody TargetRequest body, @AuthenticationPrincipal LuoshiUser user) {
        EditResult result =
                targets.add(id, required(body.version(), "version"), body.draft(), user.getUsername(), user.scope());
        return ResponseEntity.created(URI.create("/api/v1/targets/" + result.id()))
                .body(result);
    }

    @PutMapping("/targets/{id}")
    @Operation(summary = "修改量化目标(须带任务版本号)/ change a target, naming the task version seen")
    EditResult updateTarget(
            @PathVariable long id, @RequestBody TargetRequest body, @AuthenticationPrincipal LuoshiUser user) {
        return targets.update(id, required(body.version(), "version"), body.draft(), user.getUsername(), user.scope());
    }

    @DeleteMapping("/targets/{id}")
    @Operation(summary = "删除量化目标 / remove a target")
    EditResult removeTarget(
            @PathVariable long id,
            @Parameter(description = "任务的版本号 / the task version seen") @RequestParam int version,
            @AuthenticationPrincipal LuoshiUser user) {
        return targets.remove(id, version, user.getUsername(), user.scope());
    }

    @GetMapping("/governments/{id}/units")
    @Operation(summary = "按名称或别名查找单位 / find a government's units by part of a name or alias")
    List<UnitChoice> units(
            @PathVariable long id,
            @Parameter(description = "名称或别名的一部分 / part of a name or alias") @RequestParam(defaultValue = "") String q,
            @AuthenticationPrincipal LuoshiUser user) {
        return units.search(id, q, user.scope());
    }

    @PostMapping("/governments/{id}/units")
    @Operation(summary = "新增单位 / add a unit")
    ResponseEntity<UnitChoice> createUnit(
            @PathVariable long id, @RequestBody NewUnit body, @AuthenticationPrincipal LuoshiUser user) {
        UnitChoice unit = units.create(id, body.name(), user.getUsername(), user.scope());
        return ResponseEntity.status(201).body(unit);
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw DomainException.of(DomainException.Kind.BAD_INPUT, "edit.field.required", field);
        }
        return value;
    }
}
