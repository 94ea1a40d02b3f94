package org.luoshi.publication;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import org.luoshi.DomainException;
import org.luoshi.account.LuoshiUser;
import org.luoshi.account.Role;
import org.luoshi.audit.AuditTrail;
import org.luoshi.plan.Government;
import org.luoshi.plan.Governments;
import org.luoshi.plan.PeriodData.Period;
import org.luoshi.plan.Scope;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's and the leaders' steps on a publication, each one checked against the caller's role here (the
 * pages and the API only translate), scoped to the caller and audited; {@link #allowedActions} tells the pages
 * which steps to offer.
 */
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

    /** Whether the user may draft publications (the office and the administrator). */
    public boolean mayDraft(LuoshiUser user) {
        return office(user);
    }

    /** What the user may do to the publication now: its state decides with the user's role. */
    public Set<PublicationAction> allowedActions(Publication p, LuoshiUser user) {
        Set<PublicationAction> allowed = EnumSet.noneOf(PublicationAction.class);
        switch (p.status()) {
            case DRAFT -> {
                if (office(user)) {
                    allowed.add(PublicationAction.EDIT);
                }
                if (leader(user)) {
                    allowed.add(PublicationAction.APPROVE);
                }
            }
            case APPROVED -> {
                if (office(user)) {
                    allowed.add(PublicationAction.PUBLISH);
                }
            }
            case PUBLISHED -> {
                if (office(user)) {
                    allowed.add(PublicationAction.WITHDRAW);
                }
            }
            default -> {}
        }
        return allowed;
    }

    /** Drafts a publication of the plan's period (blank: the latest) with the government's catalogue defaults. */
    public long draft(Long planId, String periodLabel, boolean withStatus, LuoshiUser user) {
        requireOffice(user);
        if (planId == null) {
            throw DomainException.of(DomainException.Kind.BAD_INPUT, "publication.planid-required");
        }
        Scope scope = user.scope();
        String by = user.getUsername();
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
                .orElseThrow(() ->
                        DomainException.of(DomainException.Kind.NOT_FOUND, "publication.no-such-publication", id));
    }

    public void withhold(long id, int seq, boolean withheld, LuoshiUser user) {
        change(
                id,
                user,
                PublicationAction.EDIT,
                withheld ? "publication.withhold" : "publication.include",
                "task " + seq,
                p -> p.withhold(seq, withheld));
    }

    public void abridge(long id, int seq, String text, LuoshiUser user) {
        change(id, user, PublicationAction.EDIT, "publication.abridge", "task " + seq, p -> p.abridge(seq, text));
    }

    public void describe(long id, Publication.Catalogue catalogue, LuoshiUser user) {
        change(
                id,
                user,
                PublicationAction.EDIT,
                "publication.describe",
                catalogue.disclosure().label() + " " + catalogue.category(),
                p -> p.describe(catalogue));
    }

    public void approve(long id, LuoshiUser user) {
        change(id, user, PublicationAction.APPROVE, "publication.approve", "", p -> p.approve(user.getUsername()));
    }

    /** Publishes under the next 索引号 of the government's catalogue for the year of publication. */
    public String publish(long id, LuoshiUser user) {
        requireRole(user, PublicationAction.PUBLISH);
        Publication p = get(id, user.scope());
        OffsetDateTime now = OffsetDateTime.now(clock);
        p.requirePublishable();
        String number = numbers.next(settings.of(p.source().governmentId()), now.getYear());
        p.publish(number, now);
        publications.update(p);
        audit.record(
                p.source().governmentId(),
                user.getUsername(),
                "publication.publish",
                "publication",
                String.valueOf(id),
                number);
        return number;
    }

    public void withdraw(long id, String reason, LuoshiUser user) {
        change(id, user, PublicationAction.WITHDRAW, "publication.withdraw", reason, p -> p.withdraw(reason));
    }

    /**
     * Checks the role before anything is read (a user who may never take the step is refused whatever the
     * publication); the state is the entity's to check, so that a refused step says why.
     */
    private void change(
            long id,
            LuoshiUser user,
            PublicationAction action,
            String audited,
            String detail,
            Consumer<Publication> step) {
        requireRole(user, action);
        Publication p = get(id, user.scope());
        step.accept(p);
        publications.update(p);
        audit.record(p.source().governmentId(), user.getUsername(), audited, "publication", String.valueOf(id), detail);
    }

    private static void requireRole(LuoshiUser user, PublicationAction action) {
        if (action == PublicationAction.APPROVE ? !leader(user) : !office(user)) {
            throw new AccessDeniedException("not allowed: " + action);
        }
    }

    private static void requireOffice(LuoshiUser user) {
        requireRole(user, PublicationAction.EDIT);
    }

    private static boolean office(LuoshiUser user) {
        return user.is(Role.ADMIN) || user.is(Role.OFFICE);
    }

    private static boolean leader(LuoshiUser user) {
        return user.is(Role.ADMIN) || user.is(Role.LEADER);
    }
}
