package org.luoshi.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.luoshi.DomainException;
import org.luoshi.account.LuoshiUser;
import org.luoshi.publication.CatalogueSettings;
import org.luoshi.publication.Disclosure;
import org.luoshi.publication.IndexPattern;
import org.luoshi.publication.Publication;
import org.luoshi.publication.PublicationAction;
import org.luoshi.publication.PublicationQueries;
import org.luoshi.publication.PublicationQueries.Summary;
import org.luoshi.publication.PublicationRow;
import org.luoshi.publication.PublicationService;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Publications and their workflow, and a government's catalogue settings, for integrators. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "publication", description = "信息发布 / publication")
class PublicationApi {

    record DraftRequest(Long planId, String period, Boolean withStatus) {}

    record Withholding(Boolean withheld) {}

    record Abridgement(String text) {}

    record Withdrawal(String reason) {}

    record CatalogueRequest(String category, String publisher, String disclosure, Boolean valid) {}

    record SettingsRequest(String orgCode, String pattern, Long firstSerial, String publisher, String category) {}

    record PublicationView(
            long id,
            String title,
            String government,
            String periodLabel,
            String status,
            String indexNumber,
            String category,
            String publisher,
            String disclosure,
            boolean valid,
            LocalDate createdOn,
            OffsetDateTime publishedAt,
            String draftedBy,
            String approvedBy,
            String withdrawnReason,
            boolean abridged,
            List<String> actions,
            List<PublicationRow> rows) {
        /** {@code actions}: what the caller may do now ({@code edit}, {@code approve}, {@code publish}, {@code withdraw}). */
        static PublicationView of(Publication p, Set<PublicationAction> allowed) {
            return new PublicationView(
                    p.id(),
                    p.source().title(),
                    p.source().governmentName(),
                    p.source().periodLabel(),
                    p.status().code(),
                    p.indexNumber(),
                    p.catalogue().category(),
                    p.catalogue().publisher(),
                    p.catalogue().disclosure().code(),
                    p.catalogue().valid(),
                    p.createdOn(),
                    p.publishedAt(),
                    p.draftedBy(),
                    p.approvedBy(),
                    p.withdrawnReason(),
                    p.abridged(),
                    allowed.stream().map(a -> a.name().toLowerCase(Locale.ROOT)).toList(),
                    p.rows());
        }
    }

    private final PublicationService publications;
    private final PublicationQueries queries;
    private final CatalogueSettings settings;

    PublicationApi(PublicationService publications, PublicationQueries queries, CatalogueSettings settings) {
        this.publications = publications;
        this.queries = queries;
        this.settings = settings;
    }

    @GetMapping("/publications")
    @Operation(summary = "信息发布列表(含历史)/ publications, history included")
    List<Summary> list(@AuthenticationPrincipal LuoshiUser user) {
        return queries.list(user.scope());
    }

    @GetMapping("/publications/{id}")
    @Operation(summary = "一条信息发布,含任务行和当前可执行的操作 / one publication, its rows and what the caller may do now")
    PublicationView get(@PathVariable long id, @AuthenticationPrincipal LuoshiUser user) {
        Publication p = publications.get(id, user.scope());
        return PublicationView.of(p, publications.allowedActions(p, user));
    }

    @PostMapping("/publications")
    @Operation(summary = "由汇编报告起草 / draft from the compiled report of a plan and period")
    ResponseEntity<PublicationView> draft(@RequestBody DraftRequest request, @AuthenticationPrincipal LuoshiUser user) {
        long id =
                publications.draft(request.planId(), request.period(), Boolean.TRUE.equals(request.withStatus()), user);
        return ResponseEntity.created(URI.create("/api/v1/publications/" + id)).body(get(id, user));
    }

    @PutMapping("/publications/{id}/tasks/{seq}/withheld")
    @Operation(summary = "草稿中不公开或恢复一项任务(督查室)/ the office withholds or includes a task of a draft")
    PublicationView withhold(
            @PathVariable long id,
            @PathVariable int seq,
            @RequestBody Withholding request,
            @AuthenticationPrincipal LuoshiUser user) {
        publications.withhold(id, seq, !Boolean.FALSE.equals(request.withheld()), user);
        return get(id, user);
    }

    @PutMapping("/publications/{id}/tasks/{seq}/progress")
    @Operation(summary = "删节一项任务的公开文字(督查室)/ the office abridges a task's published text")
    PublicationView abridge(
            @PathVariable long id,
            @PathVariable int seq,
            @RequestBody Abridgement request,
            @AuthenticationPrincipal LuoshiUser user) {
        publications.abridge(id, seq, request.text(), user);
        return get(id, user);
    }

    @PutMapping("/publications/{id}/catalogue")
    @Operation(summary = "目录信息:组配分类、发布机构、公开方式(督查室)/ the office sets the catalogue metadata")
    PublicationView describe(
            @PathVariable long id, @RequestBody CatalogueRequest request, @AuthenticationPrincipal LuoshiUser user) {
        publications.describe(
                id,
                new Publication.Catalogue(
                        request.category(),
                        request.publisher(),
                        Disclosure.fromCode(request.disclosure()),
                        !Boolean.FALSE.equals(request.valid())),
                user);
        return get(id, user);
    }

    @PostMapping("/publications/{id}/approve")
    @Operation(summary = "领导审核通过草稿(非起草人)/ a leader other than the drafter approves the draft")
    PublicationView approve(@PathVariable long id, @AuthenticationPrincipal LuoshiUser user) {
        publications.approve(id, user);
        return get(id, user);
    }

    @PostMapping("/publications/{id}/publish")
    @Operation(summary = "发布并生成索引号 / publish under the next index number")
    PublicationView publish(@PathVariable long id, @AuthenticationPrincipal LuoshiUser user) {
        publications.publish(id, user);
        return get(id, user);
    }

    @PostMapping("/publications/{id}/withdraw")
    @Operation(summary = "撤回已发布的信息(督查室,须填理由)/ the office withdraws a published one, with a reason")
    PublicationView withdraw(
            @PathVariable long id, @RequestBody Withdrawal request, @AuthenticationPrincipal LuoshiUser user) {
        publications.withdraw(id, request.reason(), user);
        return get(id, user);
    }

    @GetMapping("/governments/{id}/catalogue-settings")
    @Operation(summary = "政府的索引号设置 / a government's index number settings")
    CatalogueSettings.Setting settings(@PathVariable long id, @AuthenticationPrincipal LuoshiUser user) {
        if (!user.scope().allows(id)) {
            throw DomainException.of(DomainException.Kind.NOT_FOUND, "web.no-such-government");
        }
        return settings.of(id);
    }

    @PutMapping("/governments/{id}/catalogue-settings")
    @Operation(summary = "索引号设置:机构代码、格式、起始流水号 / index number settings")
    CatalogueSettings.Setting saveSettings(
            @PathVariable long id, @RequestBody SettingsRequest request, @AuthenticationPrincipal LuoshiUser user) {
        settings.save(
                new CatalogueSettings.Setting(
                        id,
                        request.orgCode(),
                        new IndexPattern(request.pattern()),
                        request.firstSerial() == null ? 1 : request.firstSerial(),
                        request.publisher(),
                        request.category()),
                user);
        return settings.of(id);
    }
}
