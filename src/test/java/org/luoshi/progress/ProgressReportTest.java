package org.luoshi.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.luoshi.DomainException;

class ProgressReportTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2022, 10, 8, 9, 0, 0, 0, ZoneOffset.ofHours(8));

    private static ProgressReport aDraft() {
        return ProgressReport.open(1, 2, 3, 4, "上期:已建成污水管网8公里", "office", NOW);
    }

    private static ProgressReport aSubmittedReport() {
        ProgressReport r = aDraft();
        r.edit("新建改建污水管网13公里", "", "reporter", NOW);
        r.submit("reporter", NOW);
        return r;
    }

    private static ProgressReport anApprovedReport() {
        ProgressReport r = aSubmittedReport();
        r.approve("approver", NOW, true);
        return r;
    }

    @Test
    void aNewSlotStartsAsADraftWithLastPeriodsText() {
        ProgressReport r = aDraft();
        assertThat(r.state()).isEqualTo(ReportState.DRAFT);
        assertThat(r.text()).isEqualTo("上期:已建成污水管网8公里");
    }

    @Test
    void submittingRecordsWhoAndWhen() {
        ProgressReport r = aSubmittedReport();
        assertThat(r.state()).isEqualTo(ReportState.SUBMITTED);
        assertThat(r.submittedBy()).isEqualTo("reporter");
        assertThat(r.submittedAt()).isEqualTo(NOW);
    }

    @Test
    void anEmptyReportCannotBeSubmitted() {
        ProgressReport r = ProgressReport.open(1, 2, 3, 4, "", "office", NOW);
        assertThatThrownBy(() -> r.submit("reporter", NOW))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("进展情况不能为空");
    }

    @Test
    void aSubmittedReportCannotBeEditedUntilReturned() {
        ProgressReport r = aSubmittedReport();
        assertThatThrownBy(() -> r.edit("改", "", "reporter", NOW)).isInstanceOf(ReportException.class);
        r.returnForRework("请补充投资完成额", "office", NOW);
        r.edit("新建改建污水管网13公里,完成投资1.2亿元", "", "reporter", NOW);
        r.submit("reporter", NOW);
        assertThat(r.state()).isEqualTo(ReportState.SUBMITTED);
        assertThat(r.text()).contains("1.2亿元");
    }

    @Test
    void theOfficeAcceptsOnlyAfterUnitApprovalWhenThePlanUsesIt() {
        ProgressReport r = aSubmittedReport();
        assertThatThrownBy(() -> r.accept("office", NOW, true))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("已报送");
        r.approve("approver", NOW, true);
        r.accept("office", NOW, true);
        assertThat(r.state()).isEqualTo(ReportState.ACCEPTED);
    }

    @Test
    void withoutUnitApprovalTheOfficeAcceptsASubmittedReport() {
        ProgressReport r = aSubmittedReport();
        assertThatThrownBy(() -> r.approve("approver", NOW, false)).isInstanceOf(ReportException.class);
        r.accept("office", NOW, false);
        assertThat(r.state()).isEqualTo(ReportState.ACCEPTED);
    }

    @Test
    void anAcceptedReportIsLocked() {
        ProgressReport r = anApprovedReport();
        r.accept("office", NOW, true);
        assertThatThrownBy(() -> r.edit("改", "", "reporter", NOW)).hasMessageContaining("锁定");
        assertThatThrownBy(() -> r.returnForRework("错了", "office", NOW)).hasMessageContaining("锁定");
        assertThatThrownBy(() -> r.submit("reporter", NOW)).isInstanceOf(ReportException.class);
    }

    @Test
    void aReturnNeedsAReason() {
        ProgressReport r = anApprovedReport();
        assertThatThrownBy(() -> r.returnForRework("  ", "office", NOW)).hasMessageContaining("退回必须填写原因");
        r.returnForRework("数据口径不一致", "office", NOW);
        assertThat(r.state()).isEqualTo(ReportState.RETURNED);
        assertThat(r.returnReason()).isEqualTo("数据口径不一致");
    }

    @Test
    void acceptingClearsTheEarlierReturnReason() {
        ProgressReport r = anApprovedReport();
        r.returnForRework("请补充", "office", NOW);
        r.submit("reporter", NOW);
        r.approve("approver", NOW, true);
        r.accept("office", NOW, true);
        assertThat(r.returnReason()).isNull();
    }

    @Test
    void aDraftCannotBeApprovedOrReturned() {
        assertThatThrownBy(() -> aDraft().approve("approver", NOW, true)).hasMessageContaining("草稿");
        assertThatThrownBy(() -> aDraft().returnForRework("x", "office", NOW)).hasMessageContaining("草稿");
    }

    @Test
    void overlongTextIsRefused() {
        assertThatThrownBy(() -> aDraft().edit("字".repeat(ProgressReport.MAX_TEXT + 1), "", "reporter", NOW))
                .hasMessageContaining("不能超过");
    }
}
