package org.luoshi.supervision;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.luoshi.DomainException;
import org.luoshi.account.LuoshiUser;
import org.luoshi.audit.AuditTrail;
import org.luoshi.judgement.JudgementQueries;
import org.luoshi.plan.PeriodData.Period;
import org.luoshi.plan.PlanQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 年度考评: the office sets a rule set for a plan (refused when the weights do not add up), gathers each unit's
 * facts, gives extra points with a reason and publishes the ranking. Scores are always computed from the stored
 * facts with the set's rules ({@link Scoring}); every change is audited, marked when made after publication.
 */
@Service
@Transactional
public class Appraisals {

    /** A rule set with every unit's sheet, ranked. */
    public record Ranking(
            long id,
            long planId,
            String name,
            String periodLabel,
            boolean published,
            int version,
            Scoring.Rules rules,
            List<Scoring.Sheet> sheets) {}

    private final ScoreStore store;
    private final ScoreFacts facts;
    private final PlanQueries plans;
    private final JudgementQueries judgements;
    private final org.luoshi.plan.PeriodData periods;
    private final AuditTrail audit;
    private final Clock clock;

    Appraisals(
            ScoreStore store,
            ScoreFacts facts,
            PlanQueries plans,
            JudgementQueries judgements,
            org.luoshi.plan.PeriodData periods,
            AuditTrail audit,
            Clock clock) {
        this.store = store;
        this.facts = facts;
        this.plans = plans;
        this.judgements = judgements;
        this.periods = periods;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new rule set for the plan, scored on the judged period (blank: the latest); its facts gathered now. */
    public long create(long planId, String periodLabel, String name, Scoring.Rules rules, LuoshiUser user) {
        var plan = plans.plan(planId, user.scope())
                .orElseThrow(() -> SupervisionException.notFound("supervision.not-found.plan", planId));
        Actors.requireOffice(user, plan.governmentId());
        Period period = judgements.period(planId, periodLabel, user.scope());
        String n = SupervisionException.required(name, 100);
        long id = store.insert(
                plan.governmentId(), planId, period.id(), n, rules, user.getUsername(), OffsetDateTime.now(clock));
        List<Scoring.Facts> gathered = facts.gather(planId, period, user);
        store.replaceFacts(id, plan.governmentId(), gathered);
        record(plan.governmentId(), user, "score.create", id, false, rules(rules) + "; " + gathered.size() + " units");
        return id;
    }

    /** Gathers the facts again (after later reports or judgements). */
    public void regather(long id, LuoshiUser user) {
        ScoreStore.RuleSet s = office(id, user);
        Period period = periods.period(s.periodId()).orElseThrow();
        List<Scoring.Facts> gathered = facts.gather(s.planId(), period, user);
        store.replaceFacts(id, s.governmentId(), gathered);
        record(s.governmentId(), user, "score.regather", id, s.published(), gathered.size() + " units");
    }

    public void changeRules(long id, int version, Scoring.Rules rules, LuoshiUser user) {
        ScoreStore.RuleSet s = office(id, user);
        store.updateRules(id, version, rules);
        record(s.governmentId(), user, "score.rules", id, s.published(), rules(s.rules()) + " → " + rules(rules));
    }

    public void addExtra(long id, long unitId, BigDecimal points, String reason, LuoshiUser user) {
        ScoreStore.RuleSet s = office(id, user);
        if (points == null || points.signum() == 0 || points.abs().compareTo(Scoring.HUNDRED) > 0) {
            throw DomainException.of(DomainException.Kind.BAD_INPUT, "supervision.extra-points");
        }
        String why = SupervisionException.reason(reason, 2_000);
        if (store.facts(id).stream().noneMatch(f -> f.unitId() == unitId)) {
            throw SupervisionException.notLeadUnit();
        }
        store.addExtra(id, s.governmentId(), new Scoring.Extra(unitId, points, why), user.getUsername(), now());
        record(s.governmentId(), user, "score.extra", id, s.published(), "unit " + unitId + " " + points + ": " + why);
    }

    public void publish(long id, int version, LuoshiUser user) {
        ScoreStore.RuleSet s = office(id, user);
        if (s.published()) {
            throw SupervisionException.wrongState("supervision.wrong-state.score-publish", s.state());
        }
        store.publish(id, version, user.getUsername(), now());
        record(s.governmentId(), user, "score.publish", id, false, rules(s.rules()));
    }

    /** The ranking, computed from the stored facts with the set's rules. */
    @Transactional(readOnly = true)
    public Ranking ranking(long id, LuoshiUser user) {
        ScoreStore.RuleSet s = readable(id, user);
        String label = periods.period(s.periodId()).map(Period::label).orElse("");
        return new Ranking(
                s.id(),
                s.planId(),
                s.name(),
                label,
                s.published(),
                s.version(),
                s.rules(),
                Scoring.rank(s.rules(), store.facts(id), store.extras(id)));
    }

    @Transactional(readOnly = true)
    public List<Ranking> ofPlan(long planId, LuoshiUser user) {
        return store.ofPlan(planId).stream()
                .filter(id -> store.find(id)
                        .map(s -> Actors.oversees(user, s.governmentId()))
                        .orElse(false))
                .map(id -> ranking(id, user))
                .toList();
    }

    @Transactional(readOnly = true)
    public byte[] xlsx(long id, LuoshiUser user) {
        return ScoreExport.xlsx(ranking(id, user));
    }

    @Transactional(readOnly = true)
    public byte[] pdf(long id, LuoshiUser user) {
        return ScoreExport.pdf(ranking(id, user));
    }

    private ScoreStore.RuleSet readable(long id, LuoshiUser user) {
        ScoreStore.RuleSet s =
                store.find(id).orElseThrow(() -> SupervisionException.notFound("supervision.not-found.rule-set", id));
        if (!Actors.oversees(user, s.governmentId())) {
            throw SupervisionException.notFound("supervision.not-found.rule-set", id);
        }
        return s;
    }

    private ScoreStore.RuleSet office(long id, LuoshiUser user) {
        ScoreStore.RuleSet s = readable(id, user);
        Actors.requireOffice(user, s.governmentId());
        return s;
    }

    private void record(
            long governmentId, LuoshiUser user, String action, long id, boolean afterPublication, String what) {
        audit.record(
                governmentId,
                user.getUsername(),
                action,
                "score_rule_set",
                Long.toString(id),
                (afterPublication ? "after publication; " : "") + what);
    }

    private static String rules(Scoring.Rules r) {
        return "weights " + r.completed() + "/" + r.schedule() + "/" + r.onTime() + ", deductions " + r.returned() + "/"
                + r.overdue() + "/" + r.lagging();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
