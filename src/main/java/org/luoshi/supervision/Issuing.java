package org.luoshi.supervision;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.luoshi.account.LuoshiUser;
import org.luoshi.audit.AuditTrail;
import org.luoshi.plan.PeriodWriter;
import org.luoshi.plan.PeriodWriter.LeadSlot;
import org.luoshi.plan.PlanQueries;
import org.luoshi.plan.PlanViews.PlanView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 下达 and 签收: the office issues a plan to its units (one pending receipt per task and lead unit), each lead unit's
 * reporter or approver acknowledges its tasks, all at once or one by one, or disputes one with a remark. Who may
 * act is checked here, what is allowed in which state on {@link TaskReceipt}; every change is audited.
 */
@Service
@Transactional
public class Issuing {

    private final Receipts receipts;
    private final PlanQueries plans;
    private final PeriodWriter slots;
    private final AuditTrail audit;
    private final Clock clock;

    Issuing(Receipts receipts, PlanQueries plans, PeriodWriter slots, AuditTrail audit, Clock clock) {
        this.receipts = receipts;
        this.plans = plans;
        this.slots = slots;
        this.audit = audit;
        this.clock = clock;
    }

    /** @return how many receipts were created */
    public int issue(long planId, LuoshiUser user) {
        PlanView plan = plan(planId, user);
        Actors.requireOffice(user, plan.governmentId());
        if (receipts.issued(planId)) {
            throw SupervisionException.alreadyIssued();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        receipts.markIssued(planId, plan.governmentId(), user.getUsername(), now);
        Set<LeadSlot> distinct = new LinkedHashSet<>(slots.leadSlots(planId));
        for (LeadSlot s : distinct) {
            receipts.insert(TaskReceipt.pending(plan.governmentId(), planId, s.taskId(), s.unitId()), now);
        }
        audit.record(
                plan.governmentId(),
                user.getUsername(),
                "plan.issue",
                "plan",
                Long.toString(planId),
                distinct.size() + " receipts to lead units");
        return distinct.size();
    }

    @Transactional(readOnly = true)
    public boolean issued(long planId) {
        return receipts.issued(planId);
    }

    public TaskReceipt acknowledge(long receiptId, LuoshiUser user) {
        TaskReceipt r = ownReceipt(receiptId, user);
        String before = r.state().code();
        r.acknowledge(user.getUsername(), OffsetDateTime.now(clock));
        receipts.update(r);
        audit(r, user, "receipt.acknowledge", before, "");
        return r;
    }

    public TaskReceipt dispute(long receiptId, String remark, LuoshiUser user) {
        TaskReceipt r = ownReceipt(receiptId, user);
        String before = r.state().code();
        r.dispute(remark, user.getUsername(), OffsetDateTime.now(clock));
        receipts.update(r);
        audit(r, user, "receipt.dispute", before, "remark: " + r.remark());
        return r;
    }

    /** One click for all: every pending receipt of the user's unit in the plan (disputed ones stay disputed). */
    public int acknowledgeAll(long planId, LuoshiUser user) {
        PlanView plan = plan(planId, user);
        if (user.unitId() == null) {
            throw new org.springframework.security.access.AccessDeniedException("only a unit acknowledges");
        }
        Actors.requireUnit(user, user.unitId(), plan.governmentId());
        List<TaskReceipt> pending = receipts.ofUnit(planId, user.unitId()).stream()
                .filter(r -> r.state() == TaskReceipt.State.PENDING)
                .toList();
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (TaskReceipt r : pending) {
            r.acknowledge(user.getUsername(), now);
            receipts.update(r);
            audit(r, user, "receipt.acknowledge", "pending", "all at once");
        }
        return pending.size();
    }

    private TaskReceipt ownReceipt(long id, LuoshiUser user) {
        TaskReceipt r =
                receipts.find(id).orElseThrow(() -> SupervisionException.notFound("supervision.not-found.receipt", id));
        if (!Actors.ofUnit(user, r.unitId(), r.governmentId()) && !Actors.oversees(user, r.governmentId())) {
            throw SupervisionException.notFound("supervision.not-found.receipt", id);
        }
        Actors.requireUnit(user, r.unitId(), r.governmentId());
        return r;
    }

    private PlanView plan(long planId, LuoshiUser user) {
        return plans.plan(planId, user.scope())
                .orElseThrow(() -> SupervisionException.notFound("supervision.not-found.plan", planId));
    }

    private void audit(TaskReceipt r, LuoshiUser user, String action, String before, String what) {
        audit.record(
                r.governmentId(),
                user.getUsername(),
                action,
                "task_receipt",
                Long.toString(r.id()),
                "task " + r.taskId() + ", unit " + r.unitId() + ": " + before + " → "
                        + r.state().code() + (what.isEmpty() ? "" : "; " + what));
    }
}
