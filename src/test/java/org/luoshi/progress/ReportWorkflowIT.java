package org.luoshi.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.DomainException;
import org.luoshi.account.LuoshiUser;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class ReportWorkflowIT {

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Reporting reporting;

    @Autowired
    ReportQueries queries;

    @Autowired
    UserDetailsService users;

    long planId;
    long sewerTask;
    long sewerUnit;

    @BeforeEach
    void plan() {
        planId = data.reportingPlan();
        sewerTask = data.task(planId, "82");
        sewerUnit = data.leadUnit(planId, "82");
        data.user("wf-office", "OFFICE", "舟山市");
        data.unitUser("wf-reporter", "REPORTER", "舟山市", sewerUnit);
        data.unitUser("wf-approver", "APPROVER", "舟山市", sewerUnit);
        long otherUnit = data.leadUnit(planId, "1");
        data.unitUser("wf-other-reporter", "REPORTER", "舟山市", otherUnit);
    }

    private LuoshiUser as(String username) {
        return (LuoshiUser) users.loadUserByUsername(username);
    }

    private long open(String label) {
        return reporting.openPeriod(
                planId,
                new PeriodForm(label, LocalDate.of(2022, 12, 31), LocalDate.of(2023, 1, 10), BigDecimal.ONE),
                as("wf-office"));
    }

    private long sewerReport(long periodId) {
        return jdbc.sql("select id from progress_report where period_id = :p and task_id = :t and unit_id = :u")
                .param("p", periodId)
                .param("t", sewerTask)
                .param("u", sewerUnit)
                .query(Long.class)
                .single();
    }

    @Test
    void openingAPeriodCreatesADraftPerTaskAndLeadUnitStartingFromLastPeriodsText() {
        long periodId = open("全年(开期)");

        int slots = jdbc.sql("select count(*) from progress_report where period_id = :p")
                .param("p", periodId)
                .query(Integer.class)
                .single();
        int leads = jdbc.sql(
                        "select count(*) from task_unit tu join task t on t.id = tu.task_id where t.plan_id = :p and tu.role = 'lead'")
                .param("p", planId)
                .query(Integer.class)
                .single();
        assertThat(slots).isEqualTo(leads).isGreaterThanOrEqualTo(119);
        String lastPeriod =
                jdbc.sql("""
                        select pe.text from progress_entry pe join reporting_period rp on rp.id = pe.period_id
                        where pe.task_id = :t and rp.label = '前三季度'""").param("t", sewerTask).query(String.class).single();
        ProgressReport report = reporting.readable(sewerReport(periodId), as("wf-reporter"));
        assertThat(report.state()).isEqualTo(ReportState.DRAFT);
        assertThat(report.text()).isEqualTo(lastPeriod).isNotBlank();
    }

    @Test
    void aPeriodLabelIsOpenedOnlyOnce() {
        open("全年(重复)");
        assertThatThrownBy(() -> open("全年(重复)"))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("已存在");
    }

    @Test
    void onlyThePlansOfficeOpensAPeriod() {
        data.user("wf-dinghai", "OFFICE", "定海区");
        assertThatThrownBy(() -> reporting.openPeriod(
                        planId,
                        new PeriodForm("全年(他府)", LocalDate.of(2022, 12, 31), LocalDate.of(2023, 1, 10), BigDecimal.ONE),
                        as("wf-dinghai")))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> reporting.openPeriod(
                        planId,
                        new PeriodForm(
                                "全年(填报员)", LocalDate.of(2022, 12, 31), LocalDate.of(2023, 1, 10), BigDecimal.ONE),
                        as("wf-reporter")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aReportGoesThroughApprovalReturnResubmissionAndAcceptanceAndBecomesTheTasksProgress() {
        long periodId = open("全年(流程)");
        long id = sewerReport(periodId);
        String text = "今年新建改建污水管网13公里,完成投资1.2亿元。";

        ProgressReport r = reporting.submit(id, 0, text, "", as("wf-reporter"));
        // the command answers the report as stored without reading it again: the same as a fresh read
        ProgressReport read = reporting.readable(id, as("wf-reporter"));
        assertThat(List.of(
                        r.version(),
                        r.state(),
                        r.text(),
                        r.submittedBy(),
                        r.submittedAt().toInstant(),
                        r.updatedAt().toInstant()))
                .isEqualTo(List.of(
                        read.version(),
                        read.state(),
                        read.text(),
                        read.submittedBy(),
                        read.submittedAt().toInstant(),
                        read.updatedAt().toInstant()));
        r = reporting.approve(id, r.version(), as("wf-approver"));
        r = reporting.returnForRework(id, r.version(), "请说明雨污分流改造进度", as("wf-office"));
        assertThat(r.state()).isEqualTo(ReportState.RETURNED);
        assertThat(r.returnReason()).isEqualTo("请说明雨污分流改造进度");
        r = reporting.submit(id, r.version(), text + "雨污分流改造完成80%。", "", as("wf-reporter"));
        r = reporting.approve(id, r.version(), as("wf-approver"));
        r = reporting.accept(id, r.version(), as("wf-office"));

        assertThat(r.state()).isEqualTo(ReportState.ACCEPTED);
        String progress = jdbc.sql("select text from progress_entry where task_id = :t and period_id = :p")
                .param("t", sewerTask)
                .param("p", periodId)
                .query(String.class)
                .single();
        assertThat(progress).contains("13公里").contains("雨污分流");
        String status = jdbc.sql("select status from judgement where task_id = :t and period_id = :p")
                .param("t", sewerTask)
                .param("p", periodId)
                .query(String.class)
                .single();
        assertThat(status).isEqualTo("completed");
        List<String> actions =
                jdbc.sql("""
                        select action from audit_event where entity = 'progress_report' and entity_id = :id order by id""").param("id", Long.toString(id)).query(String.class).list();
        assertThat(actions)
                .containsExactly(
                        "report.submit",
                        "report.approve",
                        "report.return",
                        "report.submit",
                        "report.approve",
                        "report.accept");
        final int version = r.version();
        assertThatThrownBy(() -> reporting.save(id, version, "改", "", as("wf-reporter")))
                .hasMessageContaining("锁定");
    }

    @Test
    void theSecondOfTwoSessionsSavingOneDraftGetsAConflictAndNothingOfTheFirstIsLost() {
        long periodId = open("全年(并发)");
        long id = sewerReport(periodId);
        int version = reporting.readable(id, as("wf-reporter")).version();

        reporting.save(id, version, "第一个窗口:新建管网13公里", "", as("wf-reporter"));

        assertThatThrownBy(() -> reporting.save(id, version, "第二个窗口:新建管网12公里", "", as("wf-reporter")))
                .isInstanceOf(ReportException.class)
                .satisfies(e -> {
                    assertThat(((DomainException) e).kind()).isEqualTo(DomainException.Kind.CONFLICT);
                    assertThat(((DomainException) e).zh()).contains("已被他人修改").contains("您的文字已保留");
                });
        assertThat(reporting.readable(id, as("wf-reporter")).text()).isEqualTo("第一个窗口:新建管网13公里");
    }

    @Test
    void aReporterOfAnotherUnitNeitherReadsNorChangesTheDraft() {
        long periodId = open("全年(他单位)");
        long id = sewerReport(periodId);

        assertThatThrownBy(() -> reporting.readable(id, as("wf-other-reporter")))
                .hasMessageContaining("未找到报告");
        assertThatThrownBy(() -> reporting.save(id, 0, "篡改", "", as("wf-other-reporter")))
                .hasMessageContaining("未找到报告");
        assertThat(queries.period(periodId, ReportViews.WorkFilter.none(), as("wf-other-reporter")))
                .noneMatch(row -> row.unitId() == sewerUnit);
        assertThat(queries.period(periodId, ReportViews.WorkFilter.none(), as("wf-reporter")))
                .isNotEmpty()
                .allMatch(row -> row.unitId() == sewerUnit);
    }

    @Test
    void anApproverCannotSubmitAndAReporterCannotAccept() {
        long periodId = open("全年(角色)");
        long id = sewerReport(periodId);
        assertThatThrownBy(() -> reporting.submit(id, 0, "x", "", as("wf-approver")))
                .isInstanceOf(AccessDeniedException.class);
        ProgressReport r = reporting.submit(id, 0, "新建管网13公里", "", as("wf-reporter"));
        assertThatThrownBy(() -> reporting.accept(id, r.version(), as("wf-reporter")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void withoutUnitApprovalTheOfficeAcceptsSubmittedReportsInBulk() {
        data.reportingPlan();
        long periodId = open("全年(批量)");
        reporting.setUnitApproval(planId, false, as("wf-office"));
        try {
            long id = sewerReport(periodId);
            reporting.submit(id, 0, "新建管网13公里", "", as("wf-reporter"));

            assertThat(reporting.acceptAll(List.of(id), as("wf-office"))).isEqualTo(1);
            assertThat(reporting.readable(id, as("wf-office")).state()).isEqualTo(ReportState.ACCEPTED);
        } finally {
            reporting.setUnitApproval(planId, true, as("wf-office"));
        }
    }
}
