package org.luoshi.plan;

import java.util.List;
import org.luoshi.DomainException;
import org.luoshi.DomainException.Kind;
import org.luoshi.audit.AuditTrail;
import org.luoshi.text.Quantity;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office fixes a task's targets: adds, changes, removes. Targets belong to their task, so each edit names
 * the task's version and moves it on. The first change of a target the reader proposed keeps that proposal beside
 * it; once the office has set a task's targets by hand, a later import leaves them alone. The plan is judged again
 * after the edit commits.
 */
@Service
public class TargetEditor {

    private final JdbcClient jdbc;
    private final EditedTasks tasks;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    TargetEditor(JdbcClient jdbc, EditedTasks tasks, AuditTrail audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.audit = audit;
        this.events = events;
    }

    private record Stored(long id, long taskId, String text, String proposal, boolean byHand) {}

    @Transactional
    public EditResult add(long taskId, int version, TargetDraft draft, String actor, Scope scope) {
        EditedTasks.Row row = tasks.active(taskId, version, scope);
        Quantity q = draft.quantity();
        int seq = jdbc.sql("select coalesce(max(seq), -1) + 1 from target where task_id = :task")
                .param("task", taskId)
                .query(Integer.class)
                .single();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into target (government_id, task_id, seq, text, metric, kind, val, magnitude, unit, comparator, by_hand)
                values (:gov, :task, :seq, :text, :metric, :kind, :val, :magnitude, :unit, :comparator, true)""")
                .param("gov", row.governmentId())
                .param("task", taskId)
                .param("seq", seq)
                .param("text", StoredQuantities.clip(q.text(), 500))
                .param("metric", q.metric())
                .param("kind", q.kind().code())
                .param("val", q.value())
                .param("magnitude", q.magnitude())
                .param("unit", q.unit())
                .param("comparator", q.comparison().symbol())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        int next = changed(row, version, actor, "target.add", "新增量化目标:" + q.text());
        return new EditResult(id, next, List.of());
    }

    @Transactional
    public EditResult update(long targetId, int version, TargetDraft draft, String actor, Scope scope) {
        Stored target = stored(targetId, scope);
        EditedTasks.Row row = tasks.active(target.taskId(), version, scope);
        Quantity q = draft.quantity();
        if (q.text().equals(target.text())) {
            return new EditResult(targetId, version, List.of());
        }
        // The reader's proposal is the first text the target had; a target added by hand has none.
        String proposal = !target.proposal().isEmpty() || target.byHand() ? target.proposal() : target.text();
        jdbc.sql("""
                        update target set text = :text, metric = :metric, kind = :kind, val = :val,
                               magnitude = :magnitude, unit = :unit, comparator = :comparator, proposal = :proposal
                        where id = :id""")
                .param("text", StoredQuantities.clip(q.text(), 500))
                .param("metric", q.metric())
                .param("kind", q.kind().code())
                .param("val", q.value())
                .param("magnitude", q.magnitude())
                .param("unit", q.unit())
                .param("comparator", q.comparison().symbol())
                .param("proposal", StoredQuantities.clip(proposal, 500))
                .param("id", targetId)
                .update();
        int next = changed(row, version, actor, "target.edit", "量化目标:" + target.text() + " → " + q.text());
        return new EditResult(targetId, next, List.of());
    }

    @Transactional
    public EditResult remove(long targetId, int version, String actor, Scope scope) {
        Stored target = stored(targetId, scope);
        EditedTasks.Row row = tasks.active(target.taskId(), version, scope);
        jdbc.sql("delete from target where id = :id").param("id", targetId).update();
        int next = changed(row, version, actor, "target.remove", "删除量化目标:" + target.text());
        return new EditResult(target.taskId(), next, List.of());
    }

    /**
     * Replaces the task's targets with {@code wanted} (a ledger import: the 量化目标 cell changed), kept as the
     * office wrote them; the earlier targets' texts become the proposal of the first. No event: the import
     * announces the plan once.
     */
    int replaceAll(long taskId, int version, List<Quantity> wanted, String actor, Scope scope) {
        EditedTasks.Row row = tasks.active(taskId, version, scope);
        String before = String.join(
                "\uFF1B",
                jdbc.sql("select text from target where task_id = :task order by seq")
                        .param("task", taskId)
                        .query(String.class)
                        .list());
        jdbc.sql("delete from target where task_id = :task")
                .param("task", taskId)
                .update();
        int seq = 0;
        for (Quantity q : wanted) {
            jdbc.sql("""
                    insert into target (government_id, task_id, seq, text, metric, kind, val, magnitude, unit, comparator, by_hand)
                    values (:gov, :task, :seq, :text, :metric, :kind, :val, :magnitude, :unit, :comparator, true)""")
                    .param("gov", row.governmentId())
                    .param("task", taskId)
                    .param("seq", seq++)
                    .param("text", StoredQuantities.clip(q.text(), 500))
                    .param("metric", StoredQuantities.clip(q.metric(), 500))
                    .param("kind", q.kind().code())
                    .param("val", q.value())
                    .param("magnitude", q.magnitude())
                    .param("unit", StoredQuantities.clip(q.unit(), 40))
                    .param("comparator", q.comparison().symbol())
                    .update();
        }
        int next = tasks.bump(taskId, version);
        jdbc.sql("update task set targets_by_hand = true where id = :id")
                .param("id", taskId)
                .update();
        String after = String.join("\uFF1B", wanted.stream().map(Quantity::text).toList());
        audit.record(
                row.governmentId(),
                actor,
                "target.edit",
                "task",
                String.valueOf(taskId),
                "量化目标:" + (before.isEmpty() ? "(空)" : before) + " → " + (after.isEmpty() ? "(空)" : after));
        return next;
    }

    private int changed(EditedTasks.Row row, int version, String actor, String action, String detail) {
        int next = tasks.bump(row.id(), version);
        jdbc.sql("update task set targets_by_hand = true where id = :id")
                .param("id", row.id())
                .update();
        audit.record(row.governmentId(), actor, action, "task", String.valueOf(row.id()), detail);
        events.publishEvent(new PlanEdited(row.governmentId(), row.planId()));
        return next;
    }

    private Stored stored(long targetId, Scope scope) {
        return jdbc.sql("""
                        select id, task_id, text, proposal, by_hand from target
                        where id = :id and (:all or government_id in (:govs))""")
                .param("id", targetId)
                .param("all", scope.all())
                .param("govs", scope.sqlIds())
                .query(Stored.class)
                .optional()
                .orElseThrow(() -> DomainException.of(Kind.NOT_FOUND, "edit.target.notFound", targetId));
    }
}
