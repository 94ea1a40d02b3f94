package org.luoshi.publication;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.luoshi.DomainException;
import org.luoshi.Phrase;

/**
 * A compiled report on its way to the disclosure portal, with its catalogue metadata. Each transition guards
 * its preconditions: the office edits only a draft; a leader other than the drafter approves; only an approved
 * publication is published (and numbered); only a published one is withdrawn, with a reason.
 */
public class Publication {

    /** Where the report comes from and what it is called. */
    public record Source(
            long governmentId,
            long planId,
            long periodId,
            String governmentName,
            int year,
            String periodLabel,
            String title,
            LocalDate periodEnd,
            BigDecimal expectedShare) {}

    /** 组配分类, 发布机构, 公开方式, 有效性. */
    public record Catalogue(String category, String publisher, Disclosure disclosure, boolean valid) {
        public Catalogue {
            category = required(category, "category");
            publisher = required(publisher, "publisher");
            Objects.requireNonNull(disclosure, "disclosure");
        }
    }

    private final Long id;
    private final Source source;
    private final LocalDate createdOn;
    private final String draftedBy;
    private final boolean withStatus;
    private final List<PublicationRow> rows;
    private Catalogue catalogue;
    private PublicationStatus status;
    private String approvedBy;
    private String indexNumber;
    private OffsetDateTime publishedAt;
    private String withdrawnReason;
    private final int version;

    Publication(
            Long id,
            Source source,
            LocalDate createdOn,
            String draftedBy,
            boolean withStatus,
            List<PublicationRow> rows,
            Catalogue catalogue,
            PublicationStatus status,
            String approvedBy,
            String indexNumber,
            OffsetDateTime publishedAt,
            String withdrawnReason,
            int version) {
        this.id = id;
        this.source = source;
        this.createdOn = createdOn;
        this.draftedBy = draftedBy;
        this.withStatus = withStatus;
        this.rows = new ArrayList<>(rows);
        this.catalogue = catalogue;
        this.status = status;
        this.approvedBy = approvedBy;
        this.indexNumber = indexNumber;
        this.publishedAt = publishedAt;
        this.withdrawnReason = withdrawnReason;
        this.version = version;
    }

    /** A new draft of the compiled report, every task included; 生成日期 is the day of drafting. */
    static Publication draft(Source source, CompiledReport report, Catalogue catalogue, LocalDate today, String by) {
        List<PublicationRow> rows = report.rows().stream()
                .map(r -> new PublicationRow(
                        r.seq(), r.number(), r.content(), r.leadUnits(), r.progress(), r.status(), false, false))
                .toList();
        return new Publication(
                null,
                source,
                today,
                by,
                report.withStatus(),
                rows,
                catalogue,
                PublicationStatus.DRAFT,
                null,
                null,
                null,
                null,
                0);
    }

    /** Withholds a task from publication, or includes it again. */
    public void withhold(int seq, boolean withheld) {
        requireDraft();
        rows.replaceAll(r -> r.seq() == seq ? r.withWithheld(withheld) : r);
    }

    /** Replaces a task's progress with a shortened text; the page then says "(本文有删减)". */
    public void abridge(int seq, String text) {
        requireDraft();
        String t = required(text, "shortened");
        PublicationRow row = row(seq);
        if (!row.progress().equals(t)) {
            rows.replaceAll(r -> r.seq() == seq ? r.withProgress(t) : r);
        }
    }

    public void describe(Catalogue catalogue) {
        requireDraft();
        this.catalogue = Objects.requireNonNull(catalogue);
    }

    /** A leader approves the draft as it stands; nobody approves their own draft. */
    public void approve(String by) {
        if (status != PublicationStatus.DRAFT) {
            throw DomainException.of(DomainException.Kind.CONFLICT, "publication.approve-draft-only");
        }
        if (by.equals(draftedBy)) {
            throw DomainException.of(DomainException.Kind.CONFLICT, "publication.drafter-approves-own");
        }
        if (rows.stream().allMatch(PublicationRow::withheld)) {
            throw DomainException.of(DomainException.Kind.CONFLICT, "publication.all-withheld");
        }
        status = PublicationStatus.APPROVED;
        approvedBy = by;
    }

    /** Publishes under its catalogue number; information not to be disclosed is never published. */
    public void publish(String number, OffsetDateTime at) {
        requirePublishable();
        indexNumber = required(number, "index-number");
        publishedAt = Objects.requireNonNull(at);
        status = PublicationStatus.PUBLISHED;
    }

    /** Checked before a number is spent on it as well as when publishing. */
    public void requirePublishable() {
        if (status != PublicationStatus.APPROVED) {
            throw DomainException.of(DomainException.Kind.CONFLICT, "publication.publish-approved-only");
        }
        if (catalogue.disclosure() == Disclosure.NONE) {
            throw DomainException.of(DomainException.Kind.CONFLICT, "publication.not-disclosed");
        }
    }

    /** Takes it off the portal; it stays in the office's history with its number. */
    public void withdraw(String reason) {
        if (status != PublicationStatus.PUBLISHED) {
            throw DomainException.of(DomainException.Kind.CONFLICT, "publication.withdraw-published-only");
        }
        withdrawnReason = required(reason, "withdrawal-reason");
        if (withdrawnReason.length() > 2_000) {
            throw DomainException.of(DomainException.Kind.BAD_INPUT, "publication.withdrawal-too-long");
        }
        status = PublicationStatus.WITHDRAWN;
    }

    /** Whether the public may see it: published and actively disclosed. */
    public boolean onPortal() {
        return status == PublicationStatus.PUBLISHED && catalogue.disclosure() == Disclosure.ACTIVE;
    }

    public boolean abridged() {
        return rows.stream().anyMatch(r -> r.withheld() || r.abridged());
    }

    /** The report as the public sees it: withheld tasks left out. */
    public CompiledReport publicReport() {
        return new CompiledReport(
                source.title(),
                source.governmentName(),
                source.year(),
                source.periodLabel(),
                source.periodEnd(),
                source.expectedShare(),
                rows.stream()
                        .filter(r -> !r.withheld())
                        .map(PublicationRow::reportRow)
                        .toList(),
                withStatus,
                abridged());
    }

    private PublicationRow row(int seq) {
        return rows.stream()
                .filter(r -> r.seq() == seq)
                .findFirst()
                .orElseThrow(() -> DomainException.of(DomainException.Kind.NOT_FOUND, "publication.no-such-task", seq));
    }

    private void requireDraft() {
        if (status != PublicationStatus.DRAFT) {
            throw DomainException.of(DomainException.Kind.CONFLICT, "publication.draft-only");
        }
    }

    /** {@code field}: a text of {@code publication.field.*}. */
    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw DomainException.of(
                    DomainException.Kind.BAD_INPUT, "publication.required", new Phrase("publication.field." + field));
        }
        return value.strip();
    }

    public Long id() {
        return id;
    }

    public Source source() {
        return source;
    }

    public LocalDate createdOn() {
        return createdOn;
    }

    public String draftedBy() {
        return draftedBy;
    }

    public boolean withStatus() {
        return withStatus;
    }

    public List<PublicationRow> rows() {
        return List.copyOf(rows);
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    public PublicationStatus status() {
        return status;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public String indexNumber() {
        return indexNumber;
    }

    public OffsetDateTime publishedAt() {
        return publishedAt;
    }

    public String withdrawnReason() {
        return withdrawnReason;
    }

    int version() {
        return version;
    }
}
