package org.luoshi.plan;

import java.util.ArrayList;
import java.util.List;
import org.luoshi.DomainException;
import org.luoshi.DomainException.Kind;
import org.luoshi.audit.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office keeps a plan by hand: creates it without a document, adds, edits, reorders and removes tasks,
 * cancels one (销号) or merges it into another with a reason. Each edit names the version the user saw; each is
 * audited in words on the task and re-judges the plan after it commits ({@link PlanEdited}). The caller checks
 * the role; the scope given here decides which government's plans and tasks can be touched.
 */
@Service
public class PlanEditor {

    static final String SOURCE_BY_HAND = "手工录入";

    private final JdbcClient jdbc;
    private final EditedTasks tasks;
    private final Governments governments;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    PlanEditor(
            JdbcClient jdbc,
            EditedTasks tasks,
            Governments governments,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.governments = governments;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public long createPlan(long governmentId, Integer year, String title, String actor, Scope scope) {
        if (!scope.allows(governmentId) || governments.byId(governmentId).isEmpty()) {
            throw DomainException.of(Kind.NOT_FOUND, "edit.government.notFound", governmentId);
        }
        String t = title == null ? "" : title.strip();
        if (year == null || year < 2000 || year > 2100) {
            throw DomainException.of(Kind.BAD_INPUT, "edit.plan.year");
        }
        if (t.isEmpty()) {
            throw DomainException.of(Kind.BAD_INPUT, "edit.plan.title.empty");
        }
        if (t.length() > 500) {
            throw DomainException.of(Kind.BAD_INPUT, "edit.field.tooLong", "title", 500);
        }
        int taken = jdbc.sql("select count(*) from plan where government_id = :gov and plan_year = :year")
                .param("gov", governmentId)
                .param("year", year)
                .query(Integer.class)
                .single();
        if (taken > 0) {
            throw DomainException.of(Kind.CONFLICT, "edit.plan.exists", year);
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql(
                        "insert into plan (government_id, plan_year, title, source_name) values (:gov, :year, :title, :source)")
                .param("gov", governmentId)
                .param("year", year)
                .param("title", t)
                .param("source", SOURCE_BY_HAND)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        audit.record(governmentId, actor, "plan.create", "plan", String.valueOf(id), year + "年:" + t);
        return id;
    }

    /** Appends a task to the plan. */
    @Transactional
    public EditResult addTask(long planId, TaskDraft draft, String actor, Scope scope) {
        return addTask(planId, draft, actor, scope, true);
    }

    /** @param announce false when the caller publishes one {@link PlanEdited} for many edits (a ledger import) */
    EditResult addTask(long planId, TaskDraft draft, String actor, Scope scope, boolean announce) {
        EditedTasks.PlanRef plan = tasks.plan(planId, scope);
        draft.checked();
        tasks.requireUnitsOf(plan.governmentId(), draft.allUnits());
        int seq = jdbc.sql("select coalesce(max(seq), 0) + 1 from task where plan_id = :plan")
                .param("plan", planId)
                .query(Integer.class)
                .single();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into task (government_id, plan_id, number, seq, content, category, leader, deadline)
                values (:gov, :plan, :number, :seq, :content, :category, :leader, :deadline)""")
                .param("gov", plan.governmentId())
                .param("plan", planId)
                .param("number", draft.number())
                .param("seq", seq)
                .param("content", draft.content())
                .param("category", draft.category())
                .param("leader", draft.leader())
                .param("deadline", draft.deadline())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        tasks.writeUnits(plan.governmentId(), id, draft);
        List<EditNotice> notices = notices(planId, draft.number(), id);
        audit.record(
                plan.governmentId(),
                actor,
                "task.create",
                "task",
                String.valueOf(id),
                TaskChanges.created(draft, tasks));
        if (announce) {
            events.publishEvent(new PlanEdited(plan.governmentId(), planId));
        }
        return new EditResult(id, 0, notices);
    }

    @Transactional
    public EditResult updateTask(long taskId, int version, TaskDraft draft, String actor, Scope scope) {
        return updateTask(taskId, version, draft, actor, scope, true);
    }

    EditResult updateTask(long taskId, int version, TaskDraft draft, String actor, Scope scope, boolean announce) {
        EditedTasks.Row row = tasks.active(taskId, version, scope);
        draft.checked();
        tasks.requireUnitsOf(row.governmentId(), draft.allUnits());
        String changes = TaskChanges.between(row, tasks, draft);
        if (changes.isEmpty()) {
            return new EditResult(taskId, version, notices(row.planId(), draft.number(), taskId));
        }
        int next = tasks.bump(taskId, version);
        jdbc.sql("""
                        update task set number = :number, content = :content, category = :category, leader = :leader,
                               deadline = :deadline where id = :id""")
                .param("number", draft.number())
                .param("content", draft.content())
                .param("category", draft.category())
                .param("leader", draft.leader())
                .param("deadline", draft.deadline())
                .param("id", taskId)
                .update();
        tasks.writeUnits(row.governmentId(), taskId, draft);
        audit.record(row.governmentId(), actor, "task.edit", "task", String.valueOf(taskId), changes);
        if (announce) {
            events.publishEvent(new PlanEdited(row.governmentId(), row.planId()));
        }
        return new EditResult(taskId, next, notices(row.planId(), draft.number(), taskId));
    }

    /** Moves the task to {@code position} (1 = first) in the plan's order. */
    @Transactional
    public EditResult moveTask(long taskId, int version, int position, String actor, Scope scope) {
        EditedTasks.Row row = tasks.active(taskId, version, scope);
        List<Long> order = new ArrayList<>(tasks.idsInOrder(row.planId()));
        if (position < 1 || position > order.size()) {
            throw DomainException.of(Kind.BAD_INPUT, "edit.task.position", order.size());
        }
        int from = order.indexOf(taskId) + 1;
        if (from == position) {
            return new EditResult(taskId, version, List.of());
        }
        int next = tasks.bump(taskId, version);
        order.remove(taskId);
        order.add(position - 1, taskId);
        tasks.renumber(row.planId(), order);
        audit.record(
                row.governmentId(),
                actor,
                "task.move",
                "task",
                String.valueOf(taskId),
                "顺序:第" + from + "项 → 第" + position + "项");
        return new EditResult(taskId, next, List.of());
    }

    /** Removes a task typed in error; one with progress is cancelled (销号) instead, so nothing reported is lost. */
    @Transactional
    public void removeTask(long taskId, int version, String actor, Scope scope) {
        removeTask(taskId, version, actor, scope, true);
    }

    void removeTask(long taskId, int version, String actor, Scope scope, boolean announce) {
        EditedTasks.Row row = tasks.find(taskId, scope);
        if (row.version() != version) {
            throw DomainException.of(Kind.CONFLICT, "edit.task.stale", row.number(), version, row.version());
        }
        if (tasks.hasProgress(taskId)) {
            throw DomainException.of(Kind.CONFLICT, "edit.task.hasProgress", row.number());
        }
        jdbc.sql("delete from task where id = :id and version = :version")
                .param("id", taskId)
                .param("version", version)
                .update();
        List<Long> order = tasks.idsInOrder(row.planId());
        tasks.renumber(row.planId(), order);
        audit.record(
                row.governmentId(),
                actor,
                "task.remove",
                "task",
                String.valueOf(taskId),
                "删除任务" + label(row) + ":" + TaskChanges.clip(row.content(), 200));
        if (announce) {
            events.publishEvent(new PlanEdited(row.governmentId(), row.planId()));
        }
    }

    /** Cancels the task (销号) with a reason; it stays in the plan, no longer reported on or judged. */
    @Transactional
    public EditResult cancelTask(long taskId, int version, String reason, String actor, Scope scope) {
        return cancelTask(taskId, version, reason, actor, scope, true);
    }

    EditResult cancelTask(long taskId, int version, String reason, String actor, Scope scope, boolean announce) {
        EditedTasks.Row row = tasks.active(taskId, version, scope);
        String why = reason(reason);
        int next = tasks.bump(taskId, version);
        setState(taskId, TaskState.CANCELLED, why, null);
        audit.record(row.governmentId(), actor, "task.cancel", "task", String.valueOf(taskId), "销号,理由:" + why);
        if (announce) {
            events.publishEvent(new PlanEdited(row.governmentId(), row.planId()));
        }
        return new EditResult(taskId, next, List.of());
    }

    /** Merges the task into another active task of the same plan, with a reason; both tasks' records say so. */
    @Transactional
    public EditResult mergeTask(long taskId, int version, long intoTaskId, String reason, String actor, Scope scope) {
        EditedTasks.Row row = tasks.active(taskId, version, scope);
        String why = reason(reason);
        if (intoTaskId == taskId) {
            throw DomainException.of(Kind.BAD_INPUT, "edit.task.mergeSelf");
        }
        EditedTasks.Row into = tasks.find(intoTaskId, scope);
        if (into.planId() != row.planId() || into.taskState() != TaskState.ACTIVE) {
            throw DomainException.of(Kind.BAD_INPUT, "edit.task.mergeTarget");
        }
        int next = tasks.bump(taskId, version);
        setState(taskId, TaskState.MERGED, why, intoTaskId);
        audit.record(
                row.governmentId(),
                actor,
                "task.merge",
                "task",
                String.valueOf(taskId),
                "并入任务" + label(into) + ",理由:" + why);
        audit.record(
                row.governmentId(),
                actor,
                "task.mergedIn",
                "task",
                String.valueOf(intoTaskId),
                "任务" + label(row) + "并入本任务,理由:" + why);
        events.publishEvent(new PlanEdited(row.governmentId(), row.planId()));
        return new EditResult(taskId, next, List.of());
    }

    private void setState(long taskId, TaskState state, String reason, Long into) {
        jdbc.sql("update task set state = :state, state_reason = :reason, merged_into = :into where id = :id")
                .param("state", state.code())
                .param("reason", reason)
                .param("into", into)
                .param("id", taskId)
                .update();
    }

    private List<EditNotice> notices(long planId, String number, long taskId) {
        return tasks.numberTaken(planId, number, taskId)
                ? List.of(EditNotice.of("edit.number.duplicate", number))
                : List.of();
    }

    private static String reason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw DomainException.of(Kind.BAD_INPUT, "edit.reason.empty");
        }
        if (why.length() > 2000) {
            throw DomainException.of(Kind.BAD_INPUT, "edit.field.tooLong", "reason", 2000);
        }
        return why;
    }

    static String label(EditedTasks.Row row) {
        return row.number().isEmpty() ? "(无序号)" : "“" + row.number() + "”";
    }
}
