package org.luoshi.web.publication;

import java.util.Locale;
import java.util.Map;
import org.luoshi.DomainException;
import org.luoshi.Phrase;
import org.luoshi.account.LuoshiUser;
import org.luoshi.assessment.Rules;
import org.luoshi.job.JobResult;
import org.luoshi.job.JobRunner;
import org.luoshi.job.Progress;
import org.luoshi.plan.PlanQueries;
import org.luoshi.plan.Scope;
import org.luoshi.publication.CompiledReport;
import org.luoshi.publication.Publication;
import org.luoshi.publication.PublicationService;
import org.luoshi.publication.ReportCompiler;
import org.luoshi.publication.ReportFormat;
import org.luoshi.web.JobKinds;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The compiled report of a plan, or a publication as the public gets it, rendered in the background: a job whose
 * page shows the rows rendered and then offers the file to its owner. The direct downloads
 * ({@link ReportDownloads}, {@link PublicationController}) stay as they are.
 */
@Controller
class ReportJobs {

    private final ReportCompiler compiler;
    private final PublicationService publications;
    private final PlanQueries plans;
    private final JobRunner jobs;
    private final Rules rules;

    ReportJobs(
            ReportCompiler compiler, PublicationService publications, PlanQueries plans, JobRunner jobs, Rules rules) {
        this.rules = rules;
        this.compiler = compiler;
        this.publications = publications;
        this.plans = plans;
        this.jobs = jobs;
    }

    @PostMapping("/reports/{planId}/jobs")
    String plan(
            @PathVariable long planId,
            @RequestParam String format,
            @RequestParam(required = false) String period,
            @RequestParam(defaultValue = "false") boolean status,
            @AuthenticationPrincipal LuoshiUser user) {
        ReportFormat f = ReportFormat.of(format);
        long government = plans.plan(planId, user.scope())
                .orElseThrow(() -> DomainException.of(DomainException.Kind.NOT_FOUND, "web.no-such-plan", planId))
                .governmentId();
        Scope scope = user.scope();
        String id = jobs.start(JobKinds.REPORT, government, user.getUsername(), progress -> {
            progress.step(new Phrase("job.step.compile"), 0);
            return rendered(compiler.compile(planId, period, status, scope), f, progress);
        });
        return "redirect:/jobs/" + id;
    }

    @PostMapping("/publications/{id}/jobs")
    String publication(@PathVariable long id, @RequestParam String format, @AuthenticationPrincipal LuoshiUser user) {
        ReportFormat f = ReportFormat.of(format);
        Publication p = publications.get(id, user.scope());
        String job = jobs.start(
                JobKinds.REPORT,
                p.source().governmentId(),
                user.getUsername(),
                progress -> rendered(p.publicReport(), f, progress));
        return "redirect:/jobs/" + job;
    }

    private JobResult rendered(CompiledReport report, ReportFormat format, Progress progress) {
        byte[] bytes = format.render(report, Map.of(), rules, progress);
        String ext = format.extension().toUpperCase(Locale.ROOT);
        return JobResult.file(
                report.title() + "." + format.extension(),
                format.mediaType(),
                bytes,
                new Phrase("job.report.done", ext, report.title(), report.rows().size()));
    }
}
