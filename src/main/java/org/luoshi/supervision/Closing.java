package org.luoshi.supervision;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.luoshi.account.LuoshiUser;
import org.luoshi.audit.AuditTrail;
import org.luoshi.judgement.JudgementQueries;
import org.luoshi.judgement.JudgementViews.JudgementView;
import org.luoshi.plan.Scope;
import org.luoshi.plan.TaskCatalog;
import org.luoshi.plan.TaskCatalog.TaskHead;
import org.luoshi.plan.UnitQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 办结 and 销号: a lead unit declares its task finished with a closing report, the office closes it or sends it back,
 * and reopens a closed task with a reason. Only the office decides; the judgement's latest proposal is what the
 * office sees beside the report ({@link #proposal}). Every change is audited.
 */
@Service
@Transactional
public class Closing {

    /** What the figures say of the task in its latest judged period, shown to the office when it decides. */
    public record Proposal(String periodLabel, String status, String label, String reason) {}

    private final Closures closures;
    private final TaskCatalog catalog;
    private final UnitQueries units;
    private final JudgementQueries judgements;
    private final AuditTrail audit;
    private final Clock clock;

    Closing(
            Closures closures,
            TaskCatalog catalog,
            UnitQueries units,
            JudgementQueries judgements,
            AuditTrail audit,
            Clock clock) {
        this.closures = closures;
        this.catalog = catalog;
        this.units = units;
        this.judgements = judgements;
        this.audit = audit;
        this.clock = clock;
    }

    /** The lead unit's reporter or approver declares the task finished (again, after a return or a reopening). */
    public TaskClosure declare(long taskId, String report, String evidence, LuoshiUser user) {
        TaskHead task = task(taskId, user.scope());
        if (user.unitId() == null || !leadUnits(taskId).contains(user.unitId())) {
            throw new org.springframework.security.access.AccessDeniedException("only a lead unit declares");
        }
        Actors.requireUnit(user, user.unitId(), task.governmentId());
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<TaskClosure> existing = closures.ofTask(taskId);
        TaskClosure c;
        String before;
        if (existing.isPresent()) {
            c = existing.get();
            before = c.state().code();
            c.redeclare(report, evidence, user.getUsername(), now);
            closures.update(c);
        } else {
            before = "none";
            c = TaskClosure.declare(
                    task.governmentId(),
                    task.planId(),
                    taskId,
                    user.unitId(),
                    report,
                    evidence,
                    user.getUsername(),
                    now);
            closures.insert(c);
        }
        audit(c, user, "task.declare", before, "report " + c.report().length() + " chars");
        return current(taskId);
    }

    public TaskClosure close(long taskId, int version, LuoshiUser user) {
        TaskClosure c = decidable(taskId, version, user);
        String before = c.state().code();
        c.close(user.getUsername(), OffsetDateTime.now(clock));
        closures.update(c);
        Proposal p = proposal(taskId, user).orElse(null);
        audit(
                c,
                user,
                "task.close",
                before,
                "closed on " + c.closedOn() + (p == null ? "" : "; proposal " + p.status()));
        return current(taskId);
    }

    public TaskClosure sendBack(long taskId, int version, String reason, LuoshiUser user) {
        TaskClosure c = decidable(taskId, version, user);
        String before = c.state().code();
        c.sendBack(reason, user.getUsername(), OffsetDateTime.now(clock));
        closures.update(c);
        audit(c, user, "task.send_back", before, "reason: " + c.reason());
        return current(taskId);
    }

    public TaskClosure reopen(long taskId, int version, String reason, LuoshiUser user) {
        TaskClosure c = decidable(taskId, version, user);
        String before = c.state().code();
        c.reopen(reason, user.getUsername(), OffsetDateTime.now(clock));
        closures.update(c);
        audit(c, user, "task.reopen", before, "reason: " + c.reason());
        return current(taskId);
    }

    /** The task's closing if the user may see the task (a unit: only as one of its units). */
    @Transactional(readOnly = true)
    public Optional<TaskClosure> of(long taskId, LuoshiUser user) {
        TaskHead task = task(taskId, user.scope());
        boolean unit = user.unitId() != null
                && units.forTask(taskId, user.scope()).stream().anyMatch(u -> u.id() == user.unitId());
        if (!unit && !Actors.oversees(user, task.governmentId())) {
            throw SupervisionException.notFound("supervision.not-found.task", taskId);
        }
        return closures.ofTask(taskId);
    }

    @Transactional(readOnly = true)
    public Optional<Proposal> proposal(long taskId, LuoshiUser user) {
        List<JudgementView> all = judgements.forTask(taskId, user.scope());
        if (all.isEmpty()) {
            return Optional.empty();
        }
        JudgementView last = all.get(all.size() - 1);
        return Optional.of(
                new Proposal(last.periodLabel(), last.computedStatus(), last.computedLabel(), last.reason()));
    }

    /** What the user may do now; the one place that says it (each command refuses the others). */
    @Transactional(readOnly = true)
    public SupervisionViews.ClosingActions actions(long taskId, LuoshiUser user) {
        TaskHead task = task(taskId, user.scope());
        Optional<TaskClosure> c = closures.ofTask(taskId);
        TaskClosure.State state = c.map(TaskClosure::state).orElse(null);
        boolean lead = user.unitId() != null
                && Actors.ofUnit(user, user.unitId(), task.governmentId())
                && leadUnits(taskId).contains(user.unitId());
        boolean office = user.runsOfficeOf(task.governmentId());
        boolean instruct = office
                || (user.is(org.luoshi.account.Role.LEADER) && user.scope().allows(task.governmentId()));
        return new SupervisionViews.ClosingActions(
                lead && (state == null || state == TaskClosure.State.RETURNED || state == TaskClosure.State.REOPENED),
                office && state == TaskClosure.State.DECLARED,
                office && state == TaskClosure.State.CLOSED,
                instruct);
    }

    /** The task as the closing page heads it, if the user may see it. */
    @Transactional(readOnly = true)
    public TaskHead head(long taskId, LuoshiUser user) {
        of(taskId, user);
        return task(taskId, user.scope());
    }

    List<Long> leadUnits(long taskId) {
        return units.forTask(taskId, Scope.everything()).stream()
                .filter(u -> "lead".equals(u.role()))
                .map(UnitQueries.TaskUnit::id)
                .toList();
    }

    private TaskClosure decidable(long taskId, int version, LuoshiUser user) {
        TaskHead task = task(taskId, user.scope());
        Actors.requireOffice(user, task.governmentId());
        TaskClosure c = closures.ofTask(taskId)
                .orElseThrow(() -> SupervisionException.notFound("supervision.not-found.closure", taskId));
        if (c.version() != version) {
            throw SupervisionException.stale();
        }
        return c;
    }

    private TaskHead task(long taskId, Scope scope) {
        TaskHead head = catalog.heads(List.of(taskId)).get(taskId);
        if (head == null || !scope.allows(head.governmentId())) {
            throw SupervisionException.notFound("supervision.not-found.task", taskId);
        }
        return head;
    }

    private TaskClosure current(long taskId) {
        return closures.ofTask(taskId).orElseThrow();
    }

    private void audit(TaskClosure c, LuoshiUser user, String action, String before, String what) {
        audit.record(
                c.governmentId(),
                user.getUsername(),
                action,
                "task",
                Long.toString(c.taskId()),
                before + " → " + c.state().code() + (what.isEmpty() ? "" : "; " + what));
    }
}
