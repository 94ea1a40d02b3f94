package org.luoshi.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.Test;
import org.luoshi.account.LuoshiUser;
import org.luoshi.progress.PeriodForm;
import org.luoshi.progress.Reporting;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class ReminderIT {

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    Reporting reporting;

    @Autowired
    Reminders reminders;

    @Autowired
    Escalations escalations;

    @Autowired
    UserDetailsService users;

    private LuoshiUser as(String username) {
        return (LuoshiUser) users.loadUserByUsername(username);
    }

    /** One app instance: its own lock provider on the shared database, as each instance builds one. */
    private static DefaultLockingTaskExecutor instance(DataSource dataSource) {
        return new DefaultLockingTaskExecutor(
                new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                        .withJdbcTemplate(new JdbcTemplate(dataSource))
                        .usingDbTime()
                        .build()));
    }

    private int notificationsOf(String username) {
        return jdbc.sql("select count(*) from notification where username = :u")
                .param("u", username)
                .query(Integer.class)
                .single();
    }

    @Test
    void twoSchedulersOnOneDatabaseSendEachReminderOnce() throws Exception {
        long planId = data.reportingPlan();
        long unit = data.leadUnit(planId, "82");
        data.user("rm-office", "OFFICE", "舟山市");
        data.unitUser("rm-reporter", "REPORTER", "舟山市", unit);
        LocalDate due = LocalDate.of(2023, 1, 10);
        reporting.openPeriod(
                planId, new PeriodForm("全年(提醒)", LocalDate.of(2022, 12, 31), due, BigDecimal.ONE), as("rm-office"));
        int reportsOfUnit = jdbc.sql("""
                        select count(*) from progress_report r join reporting_period rp on rp.id = r.period_id
                        where rp.label = '全年(提醒)' and r.unit_id = :u""").param("u", unit).query(Integer.class).single();
        LocalDate threeDaysBefore = due.minusDays(3);
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        LockConfiguration lock =
                new LockConfiguration(Instant.now(), "reminders-it", Duration.ofMinutes(5), Duration.ofMinutes(1));
        Callable<Void> scheduler = () -> {
            var executor = instance(dataSource);
            start.await();
            executor.executeWithLock(
                    (Runnable) () -> {
                        runs.incrementAndGet();
                        reminders.sendDue(threeDaysBefore);
                    },
                    lock);
            return null;
        };
        var pool = Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(scheduler);
            var second = pool.submit(scheduler);
            start.countDown();
            first.get();
            second.get();
        } finally {
            pool.shutdown();
        }

        assertThat(runs.get()).isEqualTo(1);
        assertThat(notificationsOf("rm-reporter")).isEqualTo(reportsOfUnit);
        // A later run the same day (a restarted instance without the lock) still sends nothing twice.
        assertThat(reminders.sendDue(threeDaysBefore)).isZero();
        assertThat(notificationsOf("rm-reporter")).isEqualTo(reportsOfUnit);
        // Four days before the due date is not on the 7-and-3 schedule; once overdue, daily.
        assertThat(reminders.sendDue(due.minusDays(4))).isZero();
        reminders.sendDue(due.plusDays(1));
        assertThat(notificationsOf("rm-reporter")).isEqualTo(2 * reportsOfUnit);
        assertThat(jdbc.sql("select message from notification where username = 'rm-reporter' and kind = 'overdue'")
                        .query(String.class)
                        .list())
                .allMatch(m -> m.contains("已逾期1天"));
    }

    @Test
    void theOfficeUrgesAReportAndSeesLateUnitsOfItsOwnGovernmentOnly() {
        long planId = data.reportingPlan();
        long unit = data.leadUnit(planId, "82");
        data.user("rm-office2", "OFFICE", "舟山市");
        data.user("rm-dinghai", "OFFICE", "定海区");
        data.unitUser("rm-reporter2", "REPORTER", "舟山市", unit);
        long periodId = reporting.openPeriod(
                planId,
                new PeriodForm("全年(催办)", LocalDate.of(2022, 12, 31), LocalDate.of(2023, 1, 10), BigDecimal.ONE),
                as("rm-office2"));
        long report = jdbc.sql(
                        "select id from progress_report where period_id = :p and unit_id = :u order by id fetch first 1 rows only")
                .param("p", periodId)
                .param("u", unit)
                .query(Long.class)
                .single();
        int before = notificationsOf("rm-reporter2");

        assertThat(escalations.urge(report, "请今天下班前报送", as("rm-office2"))).isPositive();

        assertThat(notificationsOf("rm-reporter2")).isEqualTo(before + 1);
        List<Escalations.LateUnit> late = escalations.lateUnits(as("rm-office2"));
        assertThat(late).anyMatch(l -> l.periodId() == periodId && l.unitId() == unit && l.reminders() >= 1);
        assertThat(escalations.lateUnits(as("rm-dinghai"))).noneMatch(l -> l.periodId() == periodId);
    }
}
