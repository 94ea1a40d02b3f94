package org.luoshi.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.luoshi.progress.PeriodForm;
import org.luoshi.progress.ProgressReport;
import org.luoshi.progress.Reporting;
import org.luoshi.support.Events;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A returned report reaches the unit's reporters as a notification, after the return commits. */
@IntegrationTest
class ReturnNoticeIT {

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Reporting reporting;

    @Test
    void theUnitsReportersAreToldOnceWhyTheirReportCameBack() {
        long planId = data.reportingPlan();
        long unit = data.leadUnit(planId, "84");
        data.user("rn-office", "OFFICE", "舟山市");
        data.unitUser("rn-reporter", "REPORTER", "舟山市", unit);
        data.unitUser("rn-approver", "APPROVER", "舟山市", unit);
        long period = reporting.openPeriod(
                planId,
                new PeriodForm("全年(退回通知)", LocalDate.of(2022, 12, 31), LocalDate.of(2023, 1, 20), BigDecimal.ONE),
                data.as("rn-office"));
        long report = jdbc.sql("select id from progress_report where period_id = :p and unit_id = :u order by id"
                        + " fetch first 1 rows only")
                .param("p", period)
                .param("u", unit)
                .query(Long.class)
                .single();
        ProgressReport r = reporting.submit(report, 0, "已完成年度任务。", "", data.as("rn-reporter"));

        reporting.returnForRework(report, r.version(), "请补充完成数量", data.as("rn-office"));
        Events.awaitCompleted(jdbc);

        assertThat(messages("rn-reporter"))
                .singleElement()
                .asString()
                .contains("第" + report + "号")
                .contains("请补充完成数量");
        assertThat(messages("rn-approver")).isEmpty();
    }

    private List<String> messages(String username) {
        return jdbc.sql("select message from notification where username = :u and kind = 'returned'")
                .param("u", username)
                .query(String.class)
                .list();
    }
}
