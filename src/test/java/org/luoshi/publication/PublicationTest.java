package org.luoshi.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.luoshi.DomainException;
import org.luoshi.publication.CompiledReport.ReportRow;

/** The workflow rules of a publication, through its real transitions. */
class PublicationTest {

    static final OffsetDateTime NOON = OffsetDateTime.of(2022, 10, 10, 12, 0, 0, 0, ZoneOffset.ofHours(8));

    static Publication aDraft(Disclosure disclosure) {
        var report = new CompiledReport(
                "2022年重点工作前三季度完成情况",
                "舟山市",
                2022,
                "前三季度",
                LocalDate.of(2022, 9, 30),
                new BigDecimal("0.75"),
                List.of(
                        new ReportRow(1, "1", "一般公共预算收入增长7%。", List.of("市财政局"), "增长4.3%", "behind"),
                        new ReportRow(2, "2", "建设保密项目。", List.of("市发改委"), "涉密内容", "")),
                false,
                false);
        var source = new Publication.Source(
                1, 1, 1, "舟山市", 2022, "前三季度", report.title(), LocalDate.of(2022, 9, 30), new BigDecimal("0.75"));
        return Publication.draft(
                source,
                report,
                new Publication.Catalogue("政府工作报告执行", "市政府办公室", disclosure, true),
                LocalDate.of(2022, 10, 10),
                "office");
    }

    static Publication anApproved() {
        Publication p = aDraft(Disclosure.ACTIVE);
        p.approve("leader");
        return p;
    }

    @Test
    void aWithheldTaskIsLeftOutOfThePublicReportWhichSaysItIsAbridged() {
        Publication p = aDraft(Disclosure.ACTIVE);

        p.withhold(2, true);

        assertThat(p.publicReport().rows()).extracting(ReportRow::number).containsExactly("1");
        assertThat(p.publicReport().abridged()).isTrue();
    }

    @Test
    void anUntouchedDraftIsNotAbridged() {
        assertThat(aDraft(Disclosure.ACTIVE).publicReport().abridged()).isFalse();
    }

    @Test
    void shortenedProgressReplacesTheTextAndMarksTheReportAbridged() {
        Publication p = aDraft(Disclosure.ACTIVE);

        p.abridge(2, "有序推进。");

        assertThat(p.publicReport().rows().get(1).progress()).isEqualTo("有序推进。");
        assertThat(p.publicReport().abridged()).isTrue();
    }

    @Test
    void theDrafterCannotApproveTheirOwnDraft() {
        assertThatThrownBy(() -> aDraft(Disclosure.ACTIVE).approve("office"))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("起草人不能审核");
    }

    @Test
    void anApprovedPublicationCannotBeChanged() {
        Publication p = anApproved();

        assertThatThrownBy(() -> p.withhold(1, true))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("只能修改草稿");
    }

    @Test
    void aDraftCannotBePublished() {
        assertThatThrownBy(() -> aDraft(Disclosure.ACTIVE).publish("x/2022-1", NOON))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("只能发布已审核");
    }

    @Test
    void aWithdrawalReasonOfMoreThan2000CharactersIsRefusedWithAClearMessage() {
        Publication p = anApproved();
        p.publish("330900/2022-000002", NOON);

        assertThatThrownBy(() -> p.withdraw("错".repeat(3_000)))
                .isInstanceOf(org.luoshi.DomainException.class)
                .hasMessageContaining("撤回理由不能超过2000字");
        assertThat(p.status()).isEqualTo(PublicationStatus.PUBLISHED);
    }

    @Test
    void publishingNumbersItAndPutsItOnThePortal() {
        Publication p = anApproved();

        p.publish("330900/2022-000001", NOON);

        assertThat(p.status()).isEqualTo(PublicationStatus.PUBLISHED);
        assertThat(p.indexNumber()).isEqualTo("330900/2022-000001");
        assertThat(p.onPortal()).isTrue();
    }

    @Test
    void informationGivenOnRequestIsPublishedButNotOnThePortal() {
        Publication p = aDraft(Disclosure.ON_REQUEST);
        p.approve("leader");

        p.publish("330900/2022-000002", NOON);

        assertThat(p.onPortal()).isFalse();
    }

    @Test
    void informationNotToBeDisclosedIsNeverPublished() {
        Publication p = aDraft(Disclosure.NONE);
        p.approve("leader");

        assertThatThrownBy(() -> p.publish("x/2022-3", NOON))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("不予公开");
    }

    @Test
    void withdrawingNeedsAReasonAndTakesItOffThePortalKeepingItsNumber() {
        Publication p = anApproved();
        p.publish("330900/2022-000004", NOON);

        assertThatThrownBy(() -> p.withdraw(" ")).isInstanceOf(DomainException.class);
        p.withdraw("数据有误");

        assertThat(p.status()).isEqualTo(PublicationStatus.WITHDRAWN);
        assertThat(p.onPortal()).isFalse();
        assertThat(p.indexNumber()).isEqualTo("330900/2022-000004");
    }

    @Test
    void onlyAPublishedPublicationIsWithdrawn() {
        assertThatThrownBy(() -> anApproved().withdraw("理由")).isInstanceOf(DomainException.class);
    }

    @Test
    void withholdingEveryTaskLeavesNothingToApprove() {
        Publication p = aDraft(Disclosure.ACTIVE);
        p.withhold(1, true);
        p.withhold(2, true);

        assertThatThrownBy(() -> p.approve("leader")).isInstanceOf(DomainException.class);
    }
}
