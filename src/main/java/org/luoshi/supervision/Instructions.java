package org.luoshi.supervision;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.luoshi.account.LuoshiUser;
import org.luoshi.audit.AuditTrail;
import org.luoshi.plan.TaskCatalog;
import org.luoshi.plan.TaskCatalog.TaskHead;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 领导批示 → 督办单: a leader (or the office on a leader's behalf) writes an instruction that becomes an item to one
 * unit; the unit replies, the office closes it or presses it again. Who may act is checked here, what is allowed in
 * which state on {@link SupervisionItem}; every change is audited.
 */
@Service
@Transactional
public class Instructions {

    private final Items items;
    private final TaskCatalog catalog;
    private final Closing closing;
    private final AuditTrail audit;
    private final Clock clock;

    Instructions(Items items, TaskCatalog catalog, Closing closing, AuditTrail audit, Clock clock) {
        this.items = items;
        this.catalog = catalog;
        this.closing = closing;
        this.audit = audit;
        this.clock = clock;
    }

    /** @return the new item's id */
    public long write(InstructionForm form, LuoshiUser user) {
        long governmentId;
        long unitId;
        if (form.taskId() != null) {
            TaskHead task = catalog.heads(List.of(form.taskId())).get(form.taskId());
            if (task == null || !user.scope().allows(task.governmentId())) {
                throw SupervisionException.notFound("supervision.not-found.task", form.taskId());
            }
            governmentId = task.governmentId();
            List<Long> leads = closing.leadUnits(form.taskId());
            if (form.unitId() != null && !leads.contains(form.unitId())) {
                throw SupervisionException.notLeadUnit();
            }
            if (form.unitId() == null && leads.isEmpty()) {
                throw SupervisionException.notLeadUnit();
            }
            unitId = form.unitId() != null ? form.unitId() : leads.get(0);
        } else {
            if (user.governmentId() == null || form.unitId() == null) {
                throw SupervisionException.notLeadUnit();
            }
            governmentId = user.governmentId();
            if (!catalog.unitOf(form.unitId(), governmentId)) {
                throw SupervisionException.notLeadUnit();
            }
            unitId = form.unitId();
        }
        Actors.requireInstructing(user, governmentId);
        SupervisionItem.Source source = SupervisionItem.Source.of(form.source() == null ? "" : form.source());
        var instruction = new SupervisionItem.Instruction(
                source, form.sourceDate(), form.docNumber(), form.leader(), form.content());
        SupervisionItem item = SupervisionItem.issue(governmentId, form.taskId(), unitId, instruction, form.deadline());
        long id = items.insert(item, user.getUsername(), now());
        audit.record(
                governmentId,
                user.getUsername(),
                "item.create",
                "supervision_item",
                Long.toString(id),
                source.code() + " " + instruction.sourceDate() + " " + instruction.docNumber() + ", task "
                        + form.taskId() + ", unit " + unitId + ", deadline " + item.deadline());
        return id;
    }

    public SupervisionItem reply(long itemId, String text, LuoshiUser user) {
        SupervisionItem item = readable(itemId, user);
        Actors.requireUnit(user, item.unitId(), item.governmentId());
        String before = item.state().code();
        String body = item.reply(text);
        items.update(item);
        items.append(item, "reply", body, user.getUsername(), now());
        audit(item, user, "item.reply", before, body.length() + " chars");
        return reload(itemId);
    }

    public SupervisionItem close(long itemId, int version, LuoshiUser user) {
        SupervisionItem item = decidable(itemId, version, user);
        String before = item.state().code();
        item.close(user.getUsername(), now());
        items.update(item);
        items.append(item, "close", "", user.getUsername(), now());
        audit(item, user, "item.close", before, "");
        return reload(itemId);
    }

    public SupervisionItem press(
            long itemId, int version, String reason, java.time.LocalDate newDeadline, LuoshiUser user) {
        SupervisionItem item = decidable(itemId, version, user);
        String before = item.state().code();
        String why = item.press(reason, newDeadline);
        items.update(item);
        items.append(item, "press", why, user.getUsername(), now());
        audit(item, user, "item.press", before, "deadline " + item.deadline() + "; reason: " + why);
        return reload(itemId);
    }

    /** An item the user may see: its unit's own users, or office and leaders in scope; else "not found". */
    @Transactional(readOnly = true)
    public SupervisionItem readable(long itemId, LuoshiUser user) {
        SupervisionItem item = items.find(itemId)
                .orElseThrow(() -> SupervisionException.notFound("supervision.not-found.item", itemId));
        if (!Actors.ofUnit(user, item.unitId(), item.governmentId()) && !Actors.oversees(user, item.governmentId())) {
            throw SupervisionException.notFound("supervision.not-found.item", itemId);
        }
        return item;
    }

    /** What the user may do to the item now; the pages offer exactly these. */
    @Transactional(readOnly = true)
    public SupervisionViews.ItemActions actions(SupervisionItem item, LuoshiUser user) {
        boolean open = item.state() != SupervisionItem.State.CLOSED;
        boolean office = user.runsOfficeOf(item.governmentId());
        return new SupervisionViews.ItemActions(
                open && Actors.ofUnit(user, item.unitId(), item.governmentId()),
                office && item.state() == SupervisionItem.State.REPLIED,
                office && open);
    }

    @Transactional(readOnly = true)
    public List<SupervisionViews.ItemEntry> history(long itemId, LuoshiUser user) {
        readable(itemId, user);
        return items.history(itemId);
    }

    private SupervisionItem decidable(long itemId, int version, LuoshiUser user) {
        SupervisionItem item = readable(itemId, user);
        if (!user.runsOfficeOf(item.governmentId())) {
            throw new AccessDeniedException("only the office closes or presses a 督办单");
        }
        if (item.version() != version) {
            throw SupervisionException.stale();
        }
        return item;
    }

    private void audit(SupervisionItem item, LuoshiUser user, String action, String before, String what) {
        audit.record(
                item.governmentId(),
                user.getUsername(),
                action,
                "supervision_item",
                Long.toString(item.id()),
                before + " → " + item.state().code() + (what.isEmpty() ? "" : "; " + what));
    }

    private SupervisionItem reload(long id) {
        return items.find(id).orElseThrow();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
