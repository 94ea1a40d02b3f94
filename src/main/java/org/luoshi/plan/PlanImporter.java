package org.luoshi.plan;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;
import org.luoshi.DomainException;
import org.luoshi.Phrase;
import org.luoshi.assessment.Rules;
import org.luoshi.audit.AuditTrail;
import org.luoshi.document.AnalyzedDocument;
import org.luoshi.document.DocumentAnalyzer;
import org.luoshi.document.DocumentReaders;
import org.luoshi.document.ReadDocument;
import org.luoshi.document.UnreadableDocumentException;
import org.luoshi.job.Progress;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a read document into a plan of a government: preview first (nothing stored), then commit in one
 * transaction. Importing the same document twice writes nothing the second time; a failed import rolls
 * back whole.
 */
@Service
public class PlanImporter {

    private final DocumentReaders readers = new DocumentReaders();
    private final DocumentAnalyzer analyzer;
    private final JdbcClient jdbc;
    private final Governments governments;
    private final TaskWriter taskWriter;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Corrector corrector;
    private final ImportedDocuments imported;

    private final PeriodClosures closures;

    PlanImporter(
            JdbcClient jdbc,
            Governments governments,
            TaskWriter taskWriter,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Rules rules,
            Corrector corrector,
            ImportedDocuments imported,
            PeriodClosures closures) {
        this.closures = closures;
        this.corrector = corrector;
        this.imported = imported;
        this.analyzer = new DocumentAnalyzer(rules);
        this.jdbc = jdbc;
        this.governments = governments;
        this.taskWriter = taskWriter;
        this.audit = audit;
        this.events = events;
    }

    /**
     * Reads and analyzes the document and says where it would go.
     *
     * @param year null to take the year the document states
     */
    @Transactional(readOnly = true)
    public ImportPreview preview(String fileName, byte[] content, String governmentName, Integer year, Scope scope) {
        return preview(fileName, content, governmentName, year, scope, Progress.NONE);
    }

    /** The same, reading the document as one step of {@code progress} and analyzing it as the next, task by task. */
    @Transactional(readOnly = true)
    public ImportPreview preview(
            String fileName, byte[] content, String governmentName, Integer year, Scope scope, Progress progress) {
        return preview(fileName, content, governmentName, year, scope, progress, ImportCorrections.NONE);
    }

    /** The same, with the layout profile and the office's corrections applied to what was read. */
    @Transactional(readOnly = true)
    public ImportPreview preview(
            String fileName,
            byte[] content,
            String governmentName,
            Integer year,
            Scope scope,
            Progress progress,
            ImportCorrections corrections) {
        progress.step(new Phrase("job.step.read-document"), 1);
        ImportSummary summary = summary(fileName, content, governmentName, year, scope, corrections);
        progress.advance();
        ReadDocument document = summary.document();
        progress.step(new Phrase("job.step.analyse-tasks"), document.tasks().size());
        AnalyzedDocument analyzed = analyzer.analyze(document, done -> progress.advance());
        return new ImportPreview(
                summary.government(),
                summary.year(),
                summary.planTitle(),
                analyzed,
                summary.existingPlanId(),
                summary.alreadyImported(),
                summary.editing());
    }

    /**
     * What {@link #preview} says without analyzing the tasks (reading only, much faster): for showing a
     * preview again.
     */
    @Transactional(readOnly = true)
    public ImportSummary summary(String fileName, byte[] content, String governmentName, Integer year, Scope scope) {
        return summary(fileName, content, governmentName, year, scope, ImportCorrections.NONE);
    }

    /** The same, with the layout profile and the office's corrections applied to what was read. */
    @Transactional(readOnly = true)
    public ImportSummary summary(
            String fileName,
            byte[] content,
            String governmentName,
            Integer year,
            Scope scope,
            ImportCorrections corrections) {
        Government government = government(governmentName, scope);
        ReadDocument read;
        try {
            read = readers.read(fileName, content);
        } catch (UnreadableDocumentException e) {
            throw DomainException.of(DomainException.Kind.BAD_INPUT, "web.cannot-read-document", e.getMessage());
        }
        if (read.tasks().isEmpty()) {
            throw DomainException.of(DomainException.Kind.BAD_INPUT, "plan.no-tasks-found-in");
        }
        Corrector.Corrected corrected = corrector.correct(government.id(), read, corrections);
        ReadDocument document = corrected.document();
        if (document.tasks().isEmpty()) {
            throw DomainException.of(DomainException.Kind.BAD_INPUT, "correction-no-tasks");
        }
        int planYear = Optional.ofNullable(year)
                .or(() -> Optional.ofNullable(document.year()))
                .orElseThrow(() -> DomainException.of(DomainException.Kind.BAD_INPUT, "plan.document-states-no-year"));
        if (document.year() != null && year != null && !document.year().equals(year)) {
            throw DomainException.of(DomainException.Kind.BAD_INPUT, "plan.document-not", document.year(), year);
        }
        Long planId = jdbc.sql("select id from plan where government_id = :gov and plan_year = :year")
                .param("gov", government.id())
                .param("year", planYear)
                .query(Long.class)
                .optional()
                .orElse(null);
        boolean already = planId != null
                && jdbc.sql("select count(*) from imported_document where plan_id = :plan and sha256 = :sha")
                                .param("plan", planId)
                                .param("sha", sha256(content))
                                .query(Integer.class)
                                .single()
                        > 0;
        return new ImportSummary(
                government,
                planYear,
                planTitle(document, government, planYear),
                document,
                planId,
                already,
                corrected.editing());
    }

    /** The government of that name, if the scope allows it; for refusing an upload before it is read. */
    @Transactional(readOnly = true)
    public Government government(String governmentName, Scope scope) {
        Government government = governments
                .byName(governmentName.strip())
                .orElseThrow(() ->
                        DomainException.of(DomainException.Kind.BAD_INPUT, "plan.unknown-government", governmentName));
        if (!scope.allows(government.id())) {
            throw DomainException.of(DomainException.Kind.NOT_FOUND, "plan.unknown-government", governmentName);
        }
        return government;
    }

    @Transactional
    public ImportResult commit(
            String fileName, byte[] content, String governmentName, Integer year, String actor, Scope scope) {
        return commit(fileName, content, governmentName, year, actor, scope, Progress.NONE);
    }

    /** The same, with the reading, the analysis and the writing of the tasks as steps of {@code progress}. */
    @Transactional
    public ImportResult commit(
            String fileName,
            byte[] content,
            String governmentName,
            Integer year,
            String actor,
            Scope scope,
            Progress progress) {
        return commit(fileName, content, governmentName, year, actor, scope, progress, ImportPeriod.NONE);
    }

    /**
     * The same, with the period as the office corrected it on the preview. A document with progress and no period
     * found, and none given, is refused: its progress would be stored under a period nobody named.
     */
    @Transactional
    public ImportResult commit(
            String fileName,
            byte[] content,
            String governmentName,
            Integer year,
            String actor,
            Scope scope,
            Progress progress,
            ImportPeriod chosen) {
        return commit(fileName, content, governmentName, year, actor, scope, progress, chosen, ImportCorrections.NONE);
    }

    /**
     * The same, with the layout profile and the office's corrections applied: the original upload and the list of
     * corrections are kept with the imported document and in the audit, the layout corrections in the profile.
     */
    @Transactional
    public ImportResult commit(
            String fileName,
            byte[] content,
            String governmentName,
            Integer year,
            String actor,
            Scope scope,
            Progress progress,
            ImportPeriod chosen,
            ImportCorrections corrections) {
        ImportPreview preview = preview(fileName, content, governmentName, year, scope, progress, corrections);
        ReadDocument document = preview.document().document();
        long gov = preview.government().id();
        if (preview.alreadyImported()) {
            return new ImportResult(
                    preview.existingPlanId(),
                    gov,
                    preview.year(),
                    document.periodLabel(),
                    document.tasks().size(),
                    0,
                    0,
                    0,
                    0,
                    true,
                    document.findings());
        }
        long planId = preview.existingPlanId() != null
                ? preview.existingPlanId()
                : createPlan(gov, preview.year(), preview.planTitle(), fileName);
        Long periodId = document.hasProgress() ? period(gov, planId, preview.year(), document, chosen) : null;
        TaskWriter.Outcome outcome =
                taskWriter.write(gov, planId, periodId, preview.document().tasks(), progress);
        imported.record(gov, planId, periodId, fileName, content, actor, document, preview.editing());
        corrector.remember(gov, preview.editing(), actor);
        if (periodId != null) {
            // Judging the period's tasks (and comparing them with each other) is one step the bar cannot divide:
            // it follows the commit, on this thread (judgement.Rejudging), before the job reports its result.
            progress.step(new Phrase("job.step.judge"), 1);
            progress.advance();
        }
        events.publishEvent(new PlanImported(gov, planId, periodId));
        audit.record(
                gov,
                actor,
                "plan.import",
                "plan",
                String.valueOf(planId),
                "%s: %d tasks, %d added, %d updated, %d progress, %d corrections%s"
                        .formatted(
                                fileName,
                                document.tasks().size(),
                                outcome.added(),
                                outcome.updated(),
                                outcome.progressWritten(),
                                preview.editing().corrections().size(),
                                preview.editing().profileApplied() > 0 ? ", layout profile applied" : ""));
        if (!preview.editing().lines().isEmpty()) {
            String lines = String.join("\n", preview.editing().lines());
            audit.record(
                    gov,
                    actor,
                    "plan.import.corrections",
                    "plan",
                    String.valueOf(planId),
                    lines.length() > 3900 ? lines.substring(0, 3900) + "…" : lines);
        }
        return new ImportResult(
                planId,
                gov,
                preview.year(),
                document.periodLabel(),
                document.tasks().size(),
                outcome.added(),
                outcome.updated(),
                outcome.progressWritten(),
                outcome.unitsCreated(),
                false,
                document.findings());
    }

    private long createPlan(long gov, int year, String title, String fileName) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(
                        "insert into plan (government_id, plan_year, title, source_name) values (:gov, :year, :title, :source)")
                .param("gov", gov)
                .param("year", year)
                .param("title", title)
                .param("source", fileName)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The reporting period the document speaks of, created on first import. */
    private long period(long gov, long planId, int year, ReadDocument document, ImportPeriod chosen) {
        String label = chosen.label() != null && !chosen.label().isBlank()
                ? chosen.label().strip()
                : document.periodLabel();
        if (label.isBlank()) {
            throw DomainException.of(DomainException.Kind.BAD_INPUT, "import-period-required");
        }
        Optional<Long> existing = jdbc.sql("select id from reporting_period where plan_id = :plan and label = :label")
                .param("plan", planId)
                .param("label", label)
                .query(Long.class)
                .optional();
        if (existing.isPresent()) {
            // A closed period takes no progress, from a document no more than from a unit's report.
            closures.find(existing.get()).ifPresent(PeriodClosure::requireOpen);
            return existing.get();
        }
        LocalDate end = chosen.end() != null
                ? chosen.end()
                : document.periodEnd() != null ? document.periodEnd() : LocalDate.of(year, 12, 31);
        var share = chosen.share() != null
                ? chosen.share()
                : document.expectedShare() != null ? document.expectedShare() : ExpectedShare.ofYear(end);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into reporting_period (government_id, plan_id, label, start_date, end_date, expected_share)
                values (:gov, :plan, :label, :start, :end, :share)""")
                .param("gov", gov)
                .param("plan", planId)
                .param("label", label)
                .param("start", LocalDate.of(year, 1, 1))
                .param("end", end)
                .param("share", share)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** "2022年市政府工作报告重点工作前三季度完成情况" → "2022年市政府工作报告重点工作". */
    static String planTitle(ReadDocument document, Government government, int year) {
        String title = document.title().strip();
        if (!document.periodLabel().isBlank()) {
            int at = title.indexOf(document.periodLabel());
            if (at > 0) {
                title = title.substring(0, at);
            }
        }
        title = title.replaceAll("(的)?(工作)?(完成|进展|推进|落实|执行)情况.*$", "").strip();
        if (title.isEmpty()) {
            title = year + "年" + government.name() + "政府工作报告重点工作";
        }
        return title.length() > 500 ? title.substring(0, 500) : title;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
