package org.luoshi.publication;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.function.Consumer;
import org.luoshi.DomainException;
import org.luoshi.audit.AuditTrail;
import org.luoshi.plan.Government;
import org.luoshi.plan.Governments;
import org.luoshi.plan.PeriodData.Period;
import org.luoshi.plan.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The office's and the leaders' steps on a publication, each one scoped to the caller and audited. */
@Service
@Transactional
public class PublicationService {

    private final ReportCompiler compiler;
    private final Publications publications;
    private final CatalogueSettings settings;
    private final IndexNumbers numbers;
    private final AuditTrail audit;
    private final Governments governments;
    private final Clock clock;

    PublicationService(
            ReportCompiler compiler,
            Publications publications,
            CatalogueSettings settings,
            IndexNumbers numbers,
            AuditTrail audit,
            Governments governments,
            Clock clock) {
        this.compiler = compiler;
        this.publications = publications;
        this.settings = settings;
        this.numbers = numbers;
        this.audit = audit;
        this.governments = governments;
        this.clock = clock;
    }

    /** Drafts a publication of the plan's period (blank: the latest) with the government's catalogue defaults. */
    public long draft(long planId, String periodLabel, boolean withStatus, String by, Scope scope) {
        CompiledReport report = compiler.compile(planId, periodLabel, withStatus, scope);
        Period period = compiler.period(planId, periodLabel, scope);
        var setting = settings.of(period.governmentId());
        var source = new Publication.Source(
                period.governmentId(),
                planId,
                period.id(),
                report.government(),
                report.year(),
                report.periodLabel(),
                report.title(),
                report.periodEnd(),
                report.expectedShare());
        var catalogue = new Publication.Catalogue(setting.category(), setting.publisher(), Disclosure.ACTIVE, true);
        String code =
                governments.byId(period.governmentId()).map(Government::code).orElse("");
        long id = publications.insert(Publication.draft(source, report, catalogue, LocalDate.now(clock), by), code);
        audit.record(period.governmentId(), by, "publication.draft", "publication", String.valueOf(id), report.title());
        return id;
    }

    @Transactional(readOnly = true)
    public Publication get(long id, Scope scope) {
        return publications
                .find(id, scope)
                .orElseThrow(() -> DomainException.notFound("信息不存在:" + id, "no such publication: " + id));
    }

    public void withhold(long id, int seq, boolean withheld, String by, Scope scope) {
        change(
                id,
                scope,
                by,
                withheld ? "publication.withhold" : "publication.include",
                "task " + seq,
                p -> p.withhold(seq, withheld));
    }

    public void abridge(long id, int seq, String text, String by, Scope scope) {
        change(id, scope, by, "publication.abridge", "task " + seq, p -> p.abridge(seq, text));
    }

    public void describe(long id, Publication.Catalogue catalogue, String by, Scope scope) {
        change(
                id,
                scope,
                by,
                "publication.describe",
                catalogue.disclosure().label() + " " + catalogue.category(),
                p -> p.describe(catalogue));
    }

    public void approve(long id, String by, Scope scope) {
        change(id, scope, by, "publication.approve", "", p -> p.approve(by));
    }

    /** Publishes under the next 索引号 of the government's catalogue for the year of publication. */
    public String publish(long id, String by, Scope scope) {
        Publication p = get(id, scope);
        OffsetDateTime now = OffsetDateTime.now(clock);
        p.requirePublishable();
        String number = numbers.next(settings.of(p.source().governmentId()), now.getYear());
        p.publish(number, now);
        publications.update(p);
        audit.record(p.source().governmentId(), by, "publication.publish", "publication", String.valueOf(id), number);
        return number;
    }

    public void withdraw(long id, String reason, String by, Scope scope) {
        change(id, scope, by, "publication.withdraw", reason, p -> p.withdraw(reason));
    }

    private void change(long id, Scope scope, String by, String action, String detail, Consumer<Publication> step) {
        Publication p = get(id, scope);
        step.accept(p);
        publications.update(p);
        audit.record(p.source().governmentId(), by, action, "publication", String.valueOf(id), detail);
    }
}
