package org.luoshi.progress;

import java.util.List;
import org.luoshi.account.LuoshiUser;
import org.luoshi.assessment.Assessment;
import org.luoshi.assessment.Rules;
import org.luoshi.assessment.TaskFacts;
import org.luoshi.plan.PeriodData;
import org.luoshi.plan.PeriodData.Period;
import org.luoshi.plan.PeriodData.PeriodTask;
import org.luoshi.text.Quantity;
import org.luoshi.text.QuantityExtractor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the system will propose for a report while the reporter types: the figures read from the text (and the
 * figures the reporter added), the task's targets and the status the rules give them.
 */
@Service
@Transactional(readOnly = true)
public class Proposals {

    /** The targets, the figures read, and the proposed status and reason. */
    public record Proposal(
            String taskNumber,
            String taskContent,
            List<Quantity> targets,
            List<Quantity> actuals,
            String status,
            String reason,
            String periodLabel) {}

    private final QuantityExtractor quantities = new QuantityExtractor();
    private final Rules rules;
    private final Reporting reporting;
    private final PeriodData periods;

    /** The same configured {@link Rules} as the stored judgements, so the preview is what will be stored. */
    Proposals(Reporting reporting, PeriodData periods, Rules rules) {
        this.reporting = reporting;
        this.periods = periods;
        this.rules = rules;
    }

    public Proposal propose(long reportId, String text, String figures, LuoshiUser user) {
        ProgressReport r = reporting.readable(reportId, user);
        Period period = periods.period(r.periodId()).orElseThrow();
        PeriodTask task = periods.tasks(period).stream()
                .filter(t -> t.taskId() == r.taskId())
                .findFirst()
                .orElseThrow();
        String progress = ((text == null ? "" : text) + "\n" + (figures == null ? "" : figures)).strip();
        List<Quantity> actuals = quantities.actuals(progress, task.targets(), task.content());
        Assessment a =
                rules.assess(new TaskFacts(task.content(), task.targets(), progress, actuals, period.expectedShare()));
        return new Proposal(
                task.number(),
                task.content(),
                task.targets(),
                actuals,
                a.status().code(),
                a.reason(),
                period.label());
    }
}
