package org.luoshi.plan;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.luoshi.DomainException;
import org.luoshi.DomainException.Kind;
import org.luoshi.audit.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Excel round trip of a plan: download the 台账, edit it in Excel or WPS, upload it; the upload is kept in the
 * database under a token (any instance can show or commit it), its differences are shown, and the commit applies
 * them in one transaction, only while the plan still gives the same differences. Rows are matched by the hidden task
 * id, never by position.
 */
@Service
public class Ledger {

    /** What a commit did. */
    public record Outcome(int added, int changed, int removed) {}

    private final JdbcClient jdbc;
    private final EditedTasks tasks;
    private final LedgerRows rows;
    private final PlanEditor editor;
    private final TargetEditor targets;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Ledger(
            JdbcClient jdbc,
            EditedTasks tasks,
            LedgerRows rows,
            PlanEditor editor,
            TargetEditor targets,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.rows = rows;
        this.editor = editor;
        this.targets = targets;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** @param statuses the latest status label of each task, shown in the 状态 column (read-only there) */
    @Transactional(readOnly = true)
    public byte[] export(long planId, Map<Long, String> statuses, Scope scope) {
        tasks.plan(planId, scope);
        return LedgerFile.write(
                planId,
                rows.current(planId, statuses).values().stream()
                        .map(LedgerRows.Current::line)
                        .toList());
    }

    /** Keeps the upload and says what it would change; a file that cannot be applied is refused at once. */
    @Transactional
    public LedgerDiff upload(long planId, String fileName, byte[] content, String username, Scope scope) {
        EditedTasks.PlanRef plan = tasks.plan(planId, scope);
        String name = fileName == null || fileName.isBlank() ? "ledger.xlsx" : TaskChanges.clip(fileName.strip(), 400);
        Plan diff = diff(plan, LedgerFile.read(content));
        String token = UUID.randomUUID().toString();
        // Uploads nobody committed are kept a day, then dropped with the next upload.
        jdbc.sql("delete from pending_ledger where created_at < :cutoff")
                .param("cutoff", OffsetDateTime.now(clock).minusDays(1))
                .update();
        jdbc.sql("""
                insert into pending_ledger (token, government_id, plan_id, username, file_name, content, created_at)
                values (:token, :gov, :plan, :user, :file, :content, :now)""")
                .param("now", OffsetDateTime.now(clock))
                .param("token", token)
                .param("gov", plan.governmentId())
                .param("plan", planId)
                .param("user", username)
                .param("file", name)
                .param("content", content)
                .update();
        return diff.view(token, name);
    }

    /** The differences of a kept upload, computed against the plan as it is now. */
    @Transactional(readOnly = true)
    public LedgerDiff preview(long planId, String token, String username, Scope scope) {
        EditedTasks.PlanRef plan = tasks.plan(planId, scope);
        Pending pending = pending(planId, token, username);
        return diff(plan, LedgerFile.read(pending.content())).view(token, pending.fileName());
    }

    /** Applies the upload's differences in one transaction, if they are still those of {@code fingerprint}. */
    @Transactional
    public Outcome commit(long planId, String token, String fingerprint, String username, Scope scope) {
        EditedTasks.PlanRef plan = tasks.plan(planId, scope);
        Pending pending = pending(planId, token, username);
        Plan diff = diff(plan, LedgerFile.read(pending.content()));
        LedgerDiff view = diff.view(token, pending.fileName());
        if (!view.fingerprint().equals(fingerprint)) {
            String first = view.changed().isEmpty() ? "" : view.changed().get(0).number();
            throw DomainException.of(Kind.CONFLICT, "edit.ledger.changed", first);
        }
        List<Long> order = new ArrayList<>();
        for (LedgerRows.Wanted w : diff.wanted()) {
            LedgerRows.Current current = w.line().taskId() == null
                    ? null
                    : diff.current().get(w.line().taskId());
            long id;
            int version;
            if (current == null) {
                EditResult r = editor.addTask(planId, w.draft(), username, scope, false);
                id = r.id();
                version = r.version();
            } else {
                id = current.id();
                version = editor.updateTask(id, current.version(), w.draft(), username, scope, false)
                        .version();
            }
            if (w.targets() != null) {
                targets.replaceAll(id, version, w.targets(), username, scope);
            }
            order.add(id);
        }
        for (LedgerDiff.Removed r : view.removed()) {
            int version = diff.current().get(r.taskId()).version();
            if (r.cancelledInstead()) {
                editor.cancelTask(r.taskId(), version, "导入台账时删除:" + pending.fileName(), username, scope, false);
            } else {
                editor.removeTask(r.taskId(), version, username, scope, false);
            }
        }
        // The file's order, then the tasks it does not list (cancelled or merged) in their order.
        List<Long> all = new ArrayList<>(order);
        tasks.idsInOrder(planId).stream().filter(id -> !all.contains(id)).forEach(all::add);
        tasks.renumber(planId, all);
        jdbc.sql("delete from pending_ledger where token = :token")
                .param("token", token)
                .update();
        audit.record(
                plan.governmentId(),
                username,
                "plan.ledger",
                "plan",
                String.valueOf(planId),
                "%s:新增%d项,修改%d项,删除%d项"
                        .formatted(
                                pending.fileName(),
                                view.added().size(),
                                view.changed().size(),
                                view.removed().size()));
        events.publishEvent(new PlanEdited(plan.governmentId(), planId));
        return new Outcome(
                view.added().size(),
                view.changed().size() + view.targets().size(),
                view.removed().size());
    }

    private record Pending(String fileName, byte[] content) {}

    private Pending pending(long planId, String token, String username) {
        return jdbc.sql("""
                        select file_name, content from pending_ledger
                        where token = :token and plan_id = :plan and username = :user""")
                .param("token", token == null ? "" : token)
                .param("plan", planId)
                .param("user", username)
                .query((rs, i) -> new Pending(rs.getString(1), rs.getBytes(2)))
                .optional()
                .orElseThrow(() -> DomainException.of(Kind.NOT_FOUND, "edit.ledger.expired"));
    }

    /** The file understood against the plan: every row as wanted, the current tasks, and the differences. */
    private record Plan(Map<Long, LedgerRows.Current> current, List<LedgerRows.Wanted> wanted, LedgerDiff diff) {
        LedgerDiff view(String token, String fileName) {
            return new LedgerDiff(
                    token,
                    diff.planId(),
                    fileName,
                    diff.fingerprint(),
                    diff.added(),
                    diff.changed(),
                    diff.removed(),
                    diff.targets(),
                    diff.reordered());
        }
    }

    private Plan diff(EditedTasks.PlanRef plan, LedgerFile.Content file) {
        if (file.planId() == null) {
            throw DomainException.of(Kind.BAD_INPUT, "edit.ledger.noMarker");
        }
        if (file.planId() != plan.id()) {
            throw DomainException.of(Kind.BAD_INPUT, "edit.ledger.otherPlan", file.planId());
        }
        Map<Long, LedgerRows.Current> current = rows.current(plan.id(), Map.of());
        Set<Long> seen = new HashSet<>();
        List<LedgerRows.Wanted> wanted = new ArrayList<>();
        List<LedgerDiff.Added> added = new ArrayList<>();
        List<LedgerDiff.Changed> changed = new ArrayList<>();
        List<LedgerDiff.TargetChange> targetChanges = new ArrayList<>();
        for (LedgerFile.Line line : file.lines()) {
            Long id = line.taskId();
            if (id != null && !current.containsKey(id)) {
                throw DomainException.of(Kind.BAD_INPUT, "edit.ledger.unknownTask", line.line(), id);
            }
            if (id != null && !seen.add(id)) {
                throw DomainException.of(Kind.BAD_INPUT, "edit.ledger.duplicateTask", line.line(), id);
            }
            LedgerRows.Current c = id == null ? null : current.get(id);
            LedgerRows.Wanted w = rows.understand(plan.governmentId(), line, c);
            wanted.add(w);
            if (c == null) {
                added.add(new LedgerDiff.Added(line.line(), line.number(), line.content()));
            } else {
                List<String> fields = fields(c, w.draft());
                if (!fields.isEmpty()) {
                    changed.add(new LedgerDiff.Changed(line.line(), id, line.number(), fields));
                }
            }
            if (w.targets() != null) {
                targetChanges.add(new LedgerDiff.TargetChange(
                        line.line(),
                        id,
                        line.number(),
                        c == null ? "" : c.line().targets(),
                        LedgerRows.normalized(line.targets())));
            }
        }
        List<LedgerDiff.Removed> removed = current.values().stream()
                .filter(c -> !seen.contains(c.id()))
                .map(c -> new LedgerDiff.Removed(
                        c.id(), c.line().number(), c.line().content(), tasks.hasProgress(c.id())))
                .toList();
        List<Long> fileOrder = wanted.stream()
                .map(w -> w.line().taskId())
                .filter(Objects::nonNull)
                .toList();
        List<Long> keptOrder = current.keySet().stream().filter(seen::contains).toList();
        boolean reordered = !fileOrder.equals(keptOrder);
        String fingerprint =
                fingerprint(added + "|" + changed + "|" + removed + "|" + targetChanges + "|" + reordered, current);
        LedgerDiff diff =
                new LedgerDiff(null, plan.id(), "", fingerprint, added, changed, removed, targetChanges, reordered);
        return new Plan(current, wanted, diff);
    }

    /** The differences and the versions of the tasks they were computed from. */
    private static String fingerprint(String differences, Map<Long, LedgerRows.Current> current) {
        String versions = current.values().stream()
                .map(c -> c.id() + ":" + c.version())
                .toList()
                .toString();
        return PlanImporter.sha256((differences + "|" + versions).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static List<String> fields(LedgerRows.Current c, TaskDraft d) {
        List<String> fields = new ArrayList<>();
        LedgerFile.Line l = c.line();
        if (!l.number().equals(d.number())) fields.add("序号");
        if (!l.content().equals(d.content())) fields.add("工作内容");
        if (!c.leads().equals(d.leadUnits())) fields.add("牵头单位");
        if (!c.cos().equals(d.coUnits())) fields.add("配合单位");
        if (!l.leader().equals(d.leader())) fields.add("分管领导");
        if (!l.deadline().equals(d.deadline())) fields.add("完成时限");
        return fields;
    }
}
