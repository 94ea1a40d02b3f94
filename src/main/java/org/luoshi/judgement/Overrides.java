package org.luoshi.judgement;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.luoshi.DomainException;
import org.luoshi.account.LuoshiUser;
import org.luoshi.account.Role;
import org.luoshi.assessment.Status;
import org.luoshi.audit.AuditTrail;
import org.luoshi.plan.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The office overrules a proposed status with a reason; the proposal stays beside it. Both are audited. */
@Service
public class Overrides {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    Overrides(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The office of the plan's government (or the administrator) overrides; the proposal stays beside it. */
    @Transactional
    public void override(long taskId, long periodId, String statusCode, String reason, LuoshiUser user) {
        requireOfficeRole(user);
        String actor = user.getUsername();
        Status status;
        try {
            status = Status.fromCode(statusCode == null ? "" : statusCode.strip());
        } catch (IllegalArgumentException e) {
            throw DomainException.of(DomainException.Kind.BAD_INPUT, "judgement.invalid-status", statusCode);
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw DomainException.of(DomainException.Kind.BAD_INPUT, "judgement.override-needs-reason");
        }
        if (why.length() > 2000) {
            throw DomainException.of(DomainException.Kind.BAD_INPUT, "judgement.reason-longer-than-2000");
        }
        Target t = target(taskId, periodId, user);
        jdbc.sql("""
                        update judgement set override_status = :status, override_reason = :reason, override_by = :actor,
                               override_at = :now where id = :id""")
                .param("status", status.code())
                .param("reason", why)
                .param("actor", actor)
                .param("now", OffsetDateTime.now(clock))
                .param("id", t.id())
                .update();
        audit.record(
                t.governmentId(),
                actor,
                "judgement.override",
                "task",
                String.valueOf(taskId),
                "period %d: %s → %s (%s)".formatted(periodId, t.status(), status.code(), why));
    }

    @Transactional
    public void clear(long taskId, long periodId, LuoshiUser user) {
        requireOfficeRole(user);
        String actor = user.getUsername();
        Target t = target(taskId, periodId, user);
        jdbc.sql("""
                        update judgement set override_status = null, override_reason = null, override_by = null,
                               override_at = null where id = :id""").param("id", t.id()).update();
        audit.record(
                t.governmentId(),
                actor,
                "judgement.override.clear",
                "task",
                String.valueOf(taskId),
                "period %d: back to %s".formatted(periodId, t.status()));
    }

    private record Target(long id, long governmentId, String status) {}

    /** A user who never overrides is refused before anything is read or checked. */
    private static void requireOfficeRole(LuoshiUser user) {
        if (!user.is(Role.ADMIN) && !user.is(Role.OFFICE)) {
            throw new AccessDeniedException("only the office overrides a status");
        }
    }

    /** The judgement, if the user sees it (else "not found") and runs the office of its government. */
    private Target target(long taskId, long periodId, LuoshiUser user) {
        Scope scope = user.scope();
        Target t = jdbc.sql("""
                        select j.id, j.government_id, j.status from judgement j
                        where j.task_id = :task and j.period_id = :period and (:all or j.government_id in (:govs))""")
                .param("task", taskId)
                .param("period", periodId)
                .param("all", scope.all())
                .param("govs", scope.sqlIds())
                .query(Target.class)
                .optional()
                .orElseThrow(
                        () -> DomainException.of(DomainException.Kind.NOT_FOUND, "judgement.no-judgement-for-this"));
        if (!user.runsOfficeOf(t.governmentId())) {
            throw new AccessDeniedException("only the office of the plan's government overrides");
        }
        return t;
    }
}
