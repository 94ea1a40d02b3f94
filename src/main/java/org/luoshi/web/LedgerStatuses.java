package org.luoshi.web;

import java.util.Map;
import java.util.stream.Collectors;
import org.luoshi.judgement.JudgementQueries;
import org.luoshi.plan.PlanQueries;
import org.luoshi.plan.Scope;
import org.springframework.stereotype.Component;

/** Each task's status in the plan's latest period, as the 台账's 状态 column prints it. */
@Component
public class LedgerStatuses {

    private final PlanQueries plans;
    private final JudgementQueries judgements;

    LedgerStatuses(PlanQueries plans, JudgementQueries judgements) {
        this.plans = plans;
        this.judgements = judgements;
    }

    public Map<Long, String> latest(long planId, Scope scope) {
        var periods = plans.periods(planId, scope);
        if (periods.isEmpty()) {
            return Map.of();
        }
        return judgements.forPeriod(periods.get(periods.size() - 1).id(), scope).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().statusLabel()));
    }
}
