package org.luoshi.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.luoshi.account.LuoshiUser;
import org.luoshi.account.Role;
import org.luoshi.audit.AuditTrail;
import org.luoshi.plan.PeriodData;
import org.luoshi.plan.PeriodData.Period;
import org.luoshi.plan.PeriodWriter;
import org.luoshi.plan.PlanQueries;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;

/**
 * The reporting cycle's commands: who may do what is checked here, what is allowed in which state on
 * {@link ProgressReport}; {@link #allowedActions} says it to the pages. Every change is audited; an accepted
 * report becomes the task's progress, and {@link ReportsAccepted} tells whoever judges it.
 */
@Service
@Transactional
public class Reporting {

    private final Reports reports;
    private final PeriodWriter periodWriter;
    private final PlanQueries plans;
    private final PeriodData periods;
    private final ProgressTexts texts;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final ObjectProvider<ClosedTasks> closedTasks;
    private final PeriodClosing closing;

    Reporting(
            Reports reports,
            PeriodWriter periodWriter,
            PlanQueries plans,
            PeriodData periods,
            ProgressTexts texts,
            JdbcClient jdbc,
            AuditTrail audit,
            Clock clock,
            ObjectProvider<ClosedTasks> closedTasks,
            PeriodClosing closing) {
        this.closedTasks = closedTasks;
        this.closing = closing;
        this.reports = reports;
        this.periodWriter = periodWriter;
        this.plans = plans;
        this.periods = periods;
        this.texts = texts;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The office opens a period: one draft per task and lead unit, starting from last period's text. */
    public long openPeriod(long planId, PeriodForm form, LuoshiUser user) {
        var errors = new BeanPropertyBindingResult(form, "period");
        new PeriodFormValidator().validate(form, errors);
        if (errors.hasErrors()) {
            throw ReportException.badPeriod(errors.getAllErrors().get(0).getCode());
        }
        var plan = plans.plan(planId, user.scope()).orElseThrow(() -> ReportException.planNotFound(planId));
        if (!user.runsOfficeOf(plan.governmentId())) {
            throw new AccessDeniedException("only the plan's office opens periods");
        }
        if (periods.period(planId, form.label().strip()).isPresent()) {
            throw ReportException.periodExists(form.label().strip());
        }
        long periodId = periodWriter.openPeriod(
                plan.governmentId(),
                planId,
                form.label(),
                LocalDate.of(plan.year(), 1, 1),
                form.endDate(),
                form.dueDate(),
                form.expectedShare());
        Period period = periods.period(periodId).orElseThrow();
        Map<String, String> carried = texts.carried(period);
        OffsetDateTime now = OffsetDateTime.now(clock);
        int slots = 0;
        List<PeriodWriter.LeadSlot> leads = periodWriter.leadSlots(planId);
        // A task the office has closed (销号) is not reported on any more.
        Map<Long, LocalDate> closed = closedTasks
                .getIfAvailable(() -> ids -> Map.of())
                .closedOn(leads.stream().map(PeriodWriter.LeadSlot::taskId).toList());
        for (PeriodWriter.LeadSlot slot : leads) {
            if (closed.containsKey(slot.taskId())) {
                continue;
            }
            String text = carried.getOrDefault(
                    slot.taskId() + ":" + slot.unitId(), carried.getOrDefault(slot.taskId() + ":", ""));
            reports.insert(ProgressReport.open(
                    plan.governmentId(), periodId, slot.taskId(), slot.unitId(), text, user.getUsername(), now));
            slots++;
        }
        audit.record(
                plan.governmentId(),
                user.getUsername(),
                "period.open",
                "reporting_period",
                Long.toString(periodId),
                "plan " + planId + ", " + form.label().strip() + ", due " + form.dueDate() + ", share "
                        + form.expectedShare() + ", " + slots + " report slots");
        texts.opened(period);
        return periodId;
    }

    /** The plan's office decides whether unit approvers approve before the office reviews. */
    public void setUnitApproval(long planId, boolean used, LuoshiUser user) {
        var plan = plans.plan(planId, user.scope()).orElseThrow(() -> ReportException.planNotFound(planId));
        if (!user.runsOfficeOf(plan.governmentId())) {
            throw new AccessDeniedException("only the plan's office changes its settings");
        }
        int n = jdbc.sql("update report_setting set unit_approval = :u where plan_id = :p")
                .param("u", used)
                .param("p", planId)
                .update();
        if (n == 0) {
            jdbc.sql("insert into report_setting (plan_id, government_id, unit_approval) values (:p, :g, :u)")
                    .param("p", planId)
                    .param("g", plan.governmentId())
                    .param("u", used)
                    .update();
        }
        audit.record(
                plan.governmentId(),
                user.getUsername(),
                "plan.unit_approval",
                "plan",
                Long.toString(planId),
                used ? "unit approval required" : "unit approval not used");
    }

    @Transactional(readOnly = true)
    public boolean unitApprovalUsed(long periodId) {
        return periods.period(periodId)
                .flatMap(p -> jdbc.sql("select unit_approval from report_setting where plan_id = :p")
                        .param("p", p.planId())
                        .query(Boolean.class)
                        .optional())
                .orElse(true);
    }

    /** The reporter saves; {@code version} is the one the reporter's form was built from. */
    public ProgressReport save(long id, int version, String text, String figures, LuoshiUser user) {
        ProgressReport r = reporterOwned(id, user);
        String before = r.state().code();
        closing.requireOpen(r.periodId());
        r.edit(text, figures, user.getUsername(), now());
        ProgressReport stored = reports.update(r, version);
        audit(
                r,
                user,
                "report.save",
                before,
                "text " + r.text().length() + " chars, figures " + r.figures().length() + " chars");
        return stored;
    }

    /** The reporter saves and submits in one step. */
    public ProgressReport submit(long id, int version, String text, String figures, LuoshiUser user) {
        ProgressReport r = reporterOwned(id, user);
        String before = r.state().code();
        closing.requireOpen(r.periodId());
        r.edit(text, figures, user.getUsername(), now());
        r.submit(user.getUsername(), now());
        ProgressReport stored = reports.update(r, version);
        audit(r, user, "report.submit", before, "text " + r.text().length() + " chars");
        return stored;
    }

    public ProgressReport approve(long id, int version, LuoshiUser user) {
        ProgressReport r = readable(id, user);
        requireUnit(r, user, Role.APPROVER);
        String before = r.state().code();
        closing.requireOpen(r.periodId());
        r.approve(user.getUsername(), now(), unitApprovalUsed(r.periodId()));
        ProgressReport stored = reports.update(r, version);
        audit(r, user, "report.approve", before, "");
        return stored;
    }

    /** The unit approver returns a submitted report; the office returns a submitted or approved one. */
    public ProgressReport returnForRework(long id, int version, String reason, LuoshiUser user) {
        ProgressReport r = readable(id, user);
        boolean approver = user.is(Role.APPROVER)
                && Long.valueOf(r.unitId()).equals(user.unitId())
                && r.state() == ReportState.SUBMITTED;
        if (!approver && !user.runsOfficeOf(r.governmentId())) {
            throw new AccessDeniedException("only the unit's approver or the office returns a report");
        }
        String before = r.state().code();
        closing.requireOpen(r.periodId());
        r.returnForRework(reason, user.getUsername(), now());
        ProgressReport stored = reports.update(r, version);
        audit(r, user, "report.return", before, "reason: " + r.returnReason());
        return stored;
    }

    public ProgressReport accept(long id, int version, LuoshiUser user) {
        ProgressReport r = acceptOne(id, version, user);
        texts.writeAccepted(r.periodId(), List.of(r.taskId()));
        return reload(id);
    }

    /** Accepts several reports of one period at once; any that cannot be accepted stops the whole batch. */
    public int acceptAll(List<Long> ids, LuoshiUser user) {
        Map<Long, List<Long>> tasksByPeriod = new HashMap<>();
        for (long id : ids) {
            ProgressReport current = readable(id, user);
            ProgressReport r = acceptOne(id, current.version(), user);
            tasksByPeriod.computeIfAbsent(r.periodId(), k -> new ArrayList<>()).add(r.taskId());
        }
        tasksByPeriod.forEach(texts::writeAccepted);
        return ids.size();
    }

    private ProgressReport acceptOne(long id, int version, LuoshiUser user) {
        ProgressReport r = readable(id, user);
        if (!user.runsOfficeOf(r.governmentId())) {
            throw new AccessDeniedException("only the office accepts a report");
        }
        String before = r.state().code();
        closing.requireOpen(r.periodId());
        r.accept(user.getUsername(), now(), unitApprovalUsed(r.periodId()));
        reports.update(r, version);
        audit(r, user, "report.accept", before, "");
        return r;
    }

    /**
     * What the user may do to the report now: the one place that says which role takes which step in which state
     * (the pages offer exactly these; each command below refuses the others).
     */
    @Transactional(readOnly = true)
    public Set<ReportAction> allowedActions(ProgressReport r, LuoshiUser user) {
        Set<ReportAction> allowed = EnumSet.noneOf(ReportAction.class);
        if (closing.isClosed(r.periodId())) {
            return allowed; // a closed period's reports stay as they are
        }
        boolean ownUnit = Long.valueOf(r.unitId()).equals(user.unitId());
        boolean office = user.runsOfficeOf(r.governmentId());
        boolean approval = unitApprovalUsed(r.periodId());
        ReportState state = r.state();
        if (user.is(Role.REPORTER) && ownUnit && state.editable()) {
            allowed.add(ReportAction.EDIT);
        }
        if (user.is(Role.APPROVER) && ownUnit && state == ReportState.SUBMITTED && approval) {
            allowed.add(ReportAction.APPROVE);
            allowed.add(ReportAction.RETURN);
        }
        if (office && (state == ReportState.APPROVED || (state == ReportState.SUBMITTED && !approval))) {
            allowed.add(ReportAction.ACCEPT);
        }
        if (office && (state == ReportState.APPROVED || state == ReportState.SUBMITTED)) {
            allowed.add(ReportAction.RETURN);
        }
        if (office && state != ReportState.ACCEPTED) {
            allowed.add(ReportAction.URGE);
        }
        return allowed;
    }

    /** A report the user may see; anything else is "not found", so that its existence is not revealed. */
    @Transactional(readOnly = true)
    public ProgressReport readable(long id, LuoshiUser user) {
        ProgressReport r = reports.find(id).orElseThrow(() -> ReportException.notFound(id));
        boolean visible = switch (user.role()) {
            case ADMIN -> true;
            case OFFICE, LEADER -> user.scope().allows(r.governmentId());
            case REPORTER, APPROVER ->
                Long.valueOf(r.unitId()).equals(user.unitId()) && user.scope().allows(r.governmentId());
        };
        if (!visible) {
            throw ReportException.notYours(id);
        }
        return r;
    }

    private ProgressReport reporterOwned(long id, LuoshiUser user) {
        ProgressReport r = readable(id, user);
        requireUnit(r, user, Role.REPORTER);
        return r;
    }

    private static void requireUnit(ProgressReport r, LuoshiUser user, Role role) {
        if (!user.is(role) || !Long.valueOf(r.unitId()).equals(user.unitId())) {
            throw new AccessDeniedException("only the unit's " + role + " may do this");
        }
    }

    private void audit(ProgressReport r, LuoshiUser user, String action, String before, String what) {
        audit.record(
                r.governmentId(),
                user.getUsername(),
                action,
                "progress_report",
                Long.toString(r.id()),
                before + " → " + r.state().code() + (what.isEmpty() ? "" : "; " + what));
    }

    private ProgressReport reload(long id) {
        return reports.find(id).orElseThrow();
    }

    /** Microseconds, as both databases store them: a report returned without a re-read equals the stored one. */
    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
