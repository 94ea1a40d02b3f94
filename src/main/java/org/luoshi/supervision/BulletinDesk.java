package org.luoshi.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.luoshi.Texts;
import org.luoshi.account.LuoshiUser;
import org.luoshi.account.Role;
import org.luoshi.audit.AuditTrail;
import org.luoshi.judgement.JudgementQueries;
import org.luoshi.plan.PeriodData.Period;
import org.luoshi.plan.PlanQueries;
import org.luoshi.plan.PlanViews.PlanView;
import org.luoshi.supervision.BulletinFigures.Figures;
import org.luoshi.supervision.BulletinFigures.Line;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 督查通报: the office generates a draft from the judged figures of a plan and period, edits its text blocks, a
 * leader approves it and the office issues it (on the portal when public). Who may act is checked here, what is
 * allowed in which state on {@link Bulletin}; every change is audited.
 */
@Service
@Transactional
public class BulletinDesk {

    /** A bulletin with its figures as generated, for pages and documents. */
    public record Document(Bulletin bulletin, String planTitle, String periodLabel, List<Line> lines) {
        public List<List<String>> rows(String kind) {
            return lines.stream()
                    .filter(l -> l.kind().equals(kind))
                    .map(Line::cells)
                    .toList();
        }

        /** The rows of a table as printed in the documents (shares as percentages, states as labels). */
        public List<List<String>> printed(String kind) {
            return lines.stream()
                    .filter(l -> l.kind().equals(kind))
                    .map(BulletinText::printed)
                    .toList();
        }

        /** The column headings of a table, as the documents print them. */
        public List<String> headers(String kind) {
            return BulletinDocx.headers(kind);
        }
    }

    private final BulletinStore store;
    private final BulletinFigures figures;
    private final PlanQueries plans;
    private final JudgementQueries judgements;
    private final org.luoshi.plan.PeriodData periods;
    private final AuditTrail audit;
    private final Clock clock;

    BulletinDesk(
            BulletinStore store,
            BulletinFigures figures,
            PlanQueries plans,
            JudgementQueries judgements,
            org.luoshi.plan.PeriodData periods,
            AuditTrail audit,
            Clock clock) {
        this.periods = periods;
        this.store = store;
        this.figures = figures;
        this.plans = plans;
        this.judgements = judgements;
        this.audit = audit;
        this.clock = clock;
    }

    /** @return the new draft's id */
    public long generate(long planId, String periodLabel, LuoshiUser user) {
        PlanView plan = plans.plan(planId, user.scope())
                .orElseThrow(() -> SupervisionException.notFound("supervision.not-found.plan", planId));
        Actors.requireOffice(user, plan.governmentId());
        Period period = judgements.period(planId, periodLabel, user.scope());
        Figures f = figures.of(planId, period.label(), user);
        LocalDate today = LocalDate.now(clock);
        String issuer = Texts.zh("loop.bulletin.default.issuer", plan.governmentName());
        int serial = (int) store.list(false, List.of(plan.governmentId()), false).stream()
                        .filter(b -> b.blocks().dated().getYear() == today.getYear())
                        .count()
                + 1;
        var blocks = new Bulletin.Blocks(
                issuer,
                Texts.zh("loop.bulletin.default.number", plan.governmentName(), Integer.toString(plan.year()), serial),
                Texts.zh("loop.bulletin.default.title", plan.title(), period.label()),
                Texts.zh("loop.bulletin.default.recipients"),
                Texts.zh("loop.bulletin.default.opening", plan.title(), period.label()),
                BulletinText.summary(f, period.label()),
                Texts.zh("loop.bulletin.default.demands"),
                issuer,
                today,
                Texts.zh("loop.bulletin.default.copyTo"),
                issuer);
        Bulletin b = Bulletin.draft(plan.governmentId(), planId, period.id(), blocks);
        long id = store.insert(b, f.all(), user.getUsername(), OffsetDateTime.now(clock));
        audit.record(
                plan.governmentId(),
                user.getUsername(),
                "bulletin.generate",
                "bulletin",
                Long.toString(id),
                "plan " + planId + ", " + period.label() + ", " + f.all().size() + " figure rows");
        return id;
    }

    public Bulletin edit(long id, int version, Bulletin.Blocks blocks, boolean makePublic, LuoshiUser user) {
        Bulletin b = office(id, version, user);
        b.edit(blocks, makePublic);
        return save(b, user, "bulletin.edit", "draft", makePublic ? "public" : "not public");
    }

    /** A leader in scope (or the administrator) approves the draft. */
    public Bulletin approve(long id, int version, LuoshiUser user) {
        Bulletin b = readable(id, user);
        boolean leader = user.is(Role.LEADER) && user.scope().allows(b.governmentId());
        if (!leader && !user.is(Role.ADMIN)) {
            throw new AccessDeniedException("only a leader approves a bulletin");
        }
        checkVersion(b, version);
        String before = b.state().code();
        b.approve(user.getUsername(), OffsetDateTime.now(clock));
        return save(b, user, "bulletin.approve", before, "");
    }

    public Bulletin backToDraft(long id, int version, String reason, LuoshiUser user) {
        Bulletin b = office(id, version, user);
        String before = b.state().code();
        b.backToDraft(reason);
        return save(b, user, "bulletin.back", before, "reason: " + b.reason());
    }

    public Bulletin issue(long id, int version, LuoshiUser user) {
        Bulletin b = office(id, version, user);
        String before = b.state().code();
        b.issue(user.getUsername(), OffsetDateTime.now(clock));
        return save(b, user, "bulletin.issue", before, b.publicly() ? "on the portal" : "not public");
    }

    /** The office and leaders in scope read a bulletin; anything else is "not found". */
    @Transactional(readOnly = true)
    public Bulletin readable(long id, LuoshiUser user) {
        Bulletin b =
                store.find(id).orElseThrow(() -> SupervisionException.notFound("supervision.not-found.bulletin", id));
        if (!Actors.oversees(user, b.governmentId())) {
            throw SupervisionException.notFound("supervision.not-found.bulletin", id);
        }
        return b;
    }

    @Transactional(readOnly = true)
    public Document document(long id, LuoshiUser user) {
        return document(readable(id, user));
    }

    /** An issued, public bulletin, for the portal (no login). */
    @Transactional(readOnly = true)
    public Document published(long id) {
        Bulletin b = store.find(id)
                .filter(x -> x.state() == Bulletin.State.ISSUED && x.publicly())
                .orElseThrow(() -> SupervisionException.notFound("supervision.not-found.bulletin", id));
        return document(b);
    }

    @Transactional(readOnly = true)
    public List<Bulletin> list(LuoshiUser user) {
        return store.list(user.scope().all(), user.scope().sqlIds(), false).stream()
                .filter(b -> Actors.oversees(user, b.governmentId()))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<Document> publishedList() {
        return store.list(true, List.of(-1L), true).stream().map(this::document).toList();
    }

    /** What the user may do to the bulletin now; the pages offer exactly these. */
    public SupervisionViews.BulletinActions actions(Bulletin b, LuoshiUser user) {
        boolean office = user.runsOfficeOf(b.governmentId());
        boolean leader = (user.is(Role.LEADER) && user.scope().allows(b.governmentId())) || user.is(Role.ADMIN);
        return new SupervisionViews.BulletinActions(
                office && b.state() == Bulletin.State.DRAFT,
                leader && b.state() == Bulletin.State.DRAFT,
                office && b.state() == Bulletin.State.APPROVED,
                office && b.state() == Bulletin.State.APPROVED);
    }

    @Transactional(readOnly = true)
    public byte[] docx(long id, LuoshiUser user) {
        return BulletinDocx.render(document(id, user));
    }

    @Transactional(readOnly = true)
    public byte[] pdf(long id, LuoshiUser user) {
        return BulletinPdf.render(document(id, user));
    }

    /** The issued, public bulletin as PDF, for the portal. */
    @Transactional(readOnly = true)
    public byte[] publishedPdf(long id) {
        return BulletinPdf.render(published(id));
    }

    private Document document(Bulletin b) {
        String title = plans.plan(b.planId(), org.luoshi.plan.Scope.everything())
                .map(PlanView::title)
                .orElse("");
        String label = periods.period(b.periodId()).map(Period::label).orElse("");
        return new Document(b, title, label, store.lines(b.id()));
    }

    private Bulletin office(long id, int version, LuoshiUser user) {
        Bulletin b = readable(id, user);
        Actors.requireOffice(user, b.governmentId());
        checkVersion(b, version);
        return b;
    }

    private static void checkVersion(Bulletin b, int version) {
        if (b.version() != version) {
            throw SupervisionException.stale();
        }
    }

    private Bulletin save(Bulletin b, LuoshiUser user, String action, String before, String what) {
        store.update(b);
        audit.record(
                b.governmentId(),
                user.getUsername(),
                action,
                "bulletin",
                Long.toString(b.id()),
                before + " → " + b.state().code() + (what.isEmpty() ? "" : "; " + what));
        return store.find(b.id()).orElseThrow();
    }
}
