package org.luoshi.progress;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.luoshi.DomainException;
import org.luoshi.DomainException.Kind;
import org.luoshi.account.LuoshiUser;
import org.luoshi.audit.AuditTrail;
import org.luoshi.plan.PeriodClosure;
import org.luoshi.plan.PeriodClosures;
import org.luoshi.plan.PeriodData;
import org.luoshi.plan.PeriodData.Period;
import org.luoshi.plan.PlanQueries;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office closes a reporting period once its round is over: none of its reports may then be edited, submitted,
 * approved, returned or accepted ({@link #requireOpen}, which {@link Reporting} asks before every change). The office
 * reopens it with a reason. Both are audited. A period outside the caller's scope answers as absent.
 */
@Service
@Transactional
public class PeriodClosing {

    /** A period as the pages and the API show it: its dates, its share of the year and whether it is closed. */
    public record PeriodStatus(
            long id,
            long planId,
            String label,
            LocalDate endDate,
            LocalDate dueDate,
            BigDecimal expectedShare,
            boolean closed,
            OffsetDateTime closedAt,
            String closedBy,
            OffsetDateTime reopenedAt,
            String reopenedBy,
            String reopenReason) {

        static PeriodStatus of(Period p, PeriodClosure c) {
            return new PeriodStatus(
                    p.id(),
                    p.planId(),
                    p.label(),
                    p.endDate(),
                    p.dueDate(),
                    p.expectedShare(),
                    c.closed(),
                    c.closedAt(),
                    c.closedBy(),
                    c.reopenedAt(),
                    c.reopenedBy(),
                    c.reopenReason());
        }
    }

    private final PeriodData periods;
    private final PeriodClosures closures;
    private final PlanQueries plans;
    private final AuditTrail audit;
    private final Clock clock;

    PeriodClosing(PeriodData periods, PeriodClosures closures, PlanQueries plans, AuditTrail audit, Clock clock) {
        this.periods = periods;
        this.closures = closures;
        this.plans = plans;
        this.audit = audit;
        this.clock = clock;
    }

    /** The periods of a plan the caller may see, latest last. */
    @Transactional(readOnly = true)
    public List<PeriodStatus> ofPlan(long planId, LuoshiUser user) {
        plans.plan(planId, user.scope()).orElseThrow(() -> ReportException.planNotFound(planId));
        List<Period> list = periods.periods(planId);
        Map<Long, PeriodClosure> states =
                closures.of(list.stream().map(Period::id).toList());
        return list.stream()
                .map(p -> PeriodStatus.of(p, states.getOrDefault(p.id(), PeriodClosure.opened(p.id(), p.label()))))
                .toList();
    }

    /** One period of a plan, if the caller may see it. */
    @Transactional(readOnly = true)
    public PeriodStatus status(long planId, long periodId, LuoshiUser user) {
        Period p = visible(planId, periodId, user);
        return PeriodStatus.of(p, closures.find(periodId).orElseThrow());
    }

    /** A period by its id alone (the pages know no plan), if the caller may see it. */
    @Transactional(readOnly = true)
    public PeriodStatus status(long periodId, LuoshiUser user) {
        long planId = periods.period(periodId).map(Period::planId).orElse(-1L);
        return status(planId, periodId, user);
    }

    /** Of the given periods, those that are closed (for lists that mark them). */
    @Transactional(readOnly = true)
    public Set<Long> closedAmong(Collection<Long> periodIds) {
        return closures.of(periodIds).values().stream()
                .filter(PeriodClosure::closed)
                .map(PeriodClosure::periodId)
                .collect(Collectors.toSet());
    }

    /** Whether the caller may close and reopen this period: the office of its government, or the administrator. */
    @Transactional(readOnly = true)
    public boolean mayClose(PeriodStatus period, LuoshiUser user) {
        return periods.period(period.id())
                .map(p -> user.runsOfficeOf(p.governmentId()))
                .orElse(false);
    }

    public PeriodStatus close(long planId, long periodId, LuoshiUser user) {
        Period p = officeOf(planId, periodId, user);
        PeriodClosure before = closures.find(periodId).orElseThrow();
        PeriodClosure after = before.close(user.getUsername(), now());
        closures.store(before, after);
        audit.record(
                p.governmentId(),
                user.getUsername(),
                "period.close",
                "reporting_period",
                Long.toString(periodId),
                "plan " + planId + ", " + p.label() + " closed");
        return PeriodStatus.of(p, after);
    }

    public PeriodStatus reopen(long planId, long periodId, String reason, LuoshiUser user) {
        Period p = officeOf(planId, periodId, user);
        PeriodClosure before = closures.find(periodId).orElseThrow();
        PeriodClosure after = before.reopen(reason, user.getUsername(), now());
        closures.store(before, after);
        audit.record(
                p.governmentId(),
                user.getUsername(),
                "period.reopen",
                "reporting_period",
                Long.toString(periodId),
                "plan " + planId + ", " + p.label() + " reopened; reason: " + after.reopenReason());
        return PeriodStatus.of(p, after);
    }

    /** Refuses a change to a report of a closed period, with the period named. */
    @Transactional(readOnly = true)
    public void requireOpen(long periodId) {
        closures.find(periodId).ifPresent(PeriodClosure::requireOpen);
    }

    @Transactional(readOnly = true)
    public boolean isClosed(long periodId) {
        return closures.find(periodId).map(PeriodClosure::closed).orElse(false);
    }

    private Period visible(long planId, long periodId, LuoshiUser user) {
        return periods.period(periodId)
                .filter(p -> p.planId() == planId && user.scope().allows(p.governmentId()))
                .orElseThrow(() -> DomainException.of(Kind.NOT_FOUND, "period.not-found", periodId));
    }

    private Period officeOf(long planId, long periodId, LuoshiUser user) {
        Period p = visible(planId, periodId, user);
        if (!user.runsOfficeOf(p.governmentId())) {
            throw new AccessDeniedException("only the plan's office closes and reopens its periods");
        }
        return p;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
