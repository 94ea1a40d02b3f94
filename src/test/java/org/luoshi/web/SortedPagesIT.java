package org.luoshi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.luoshi.account.LuoshiUser;
import org.luoshi.progress.PeriodForm;
import org.luoshi.progress.Reporting;
import org.luoshi.support.Http;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Sorting the task table and the work list server-side: whitelisted columns, kept in links, real order. */
@IntegrationTest
class SortedPagesIT {

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Reporting reporting;

    @Autowired
    UserDetailsService users;

    @LocalServerPort
    int port;

    private static List<String> all(Pattern pattern, String body) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(body);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void everyColumnOfTheTaskTableSortsBothWays() {
        long planId = data.zhoushanPlan();
        Http office = Http.as(port, data.user("sort-office", "OFFICE", "舟山市"));
        for (String column : List.of("number", "lead", "status", "period")) {
            for (String dir : List.of("asc", "desc")) {
                var response = office.get("/plans/" + planId + "?sort=" + column + "&dir=" + dir);
                assertThat(response.statusCode()).as(column + " " + dir).isEqualTo(200);
                assertThat(response.body())
                        .contains("aria-sort=\"" + (dir.equals("asc") ? "ascending" : "descending") + "\"")
                        .contains("sort=" + column + "&amp;dir=" + dir + "&amp;page=2");
            }
        }
    }

    @Test
    void anUnknownSortFallsBackToThePlansOrder() {
        long planId = data.zhoushanPlan();
        Http office = Http.as(port, data.user("sort-office", "OFFICE", "舟山市"));

        var response =
                office.get("/plans/" + planId + "?sort=" + Http.encode("t.seq; drop table task") + "&dir=sideways");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("aria-sort=\"ascending\"").contains("一般公共预算收入增长7%");
        assertThat(data.count("task")).isPositive();
    }

    @Test
    void sortingByStatusPutsTheMostWorryingFirst() {
        long planId = data.zhoushanPlan();
        Http office = Http.as(port, data.user("sort-office", "OFFICE", "舟山市"));
        List<String> worst =
                jdbc.sql("""
                        select t.number from task t join judgement j on j.task_id = t.id
                        join reporting_period rp on rp.id = j.period_id
                        where t.plan_id = :p and rp.id = (select id from reporting_period where plan_id = :p
                                                          order by end_date desc, id desc fetch first 1 rows only)
                        order by case coalesce(j.override_status, j.status) when 'at_risk' then 0 when 'behind' then 1
                                 when 'unclear' then 2 when 'no_data' then 3 when 'qualitative' then 4 when 'ahead' then 5
                                 else 6 end, t.seq fetch first 3 rows only""").param("p", planId).query(String.class).list();

        String body = office.get("/plans/" + planId + "?sort=status").body();

        assertThat(all(
                        Pattern.compile("<tr id=\"task-\\d+\">\\s*<td class=\"num\"><a href=\"[^\"]+\">([^<]+)</a>"),
                        body))
                .startsWith(worst.toArray(String[]::new));
    }

    @Test
    void theWorkListSortsByUnitStateAndUpdateAndKeepsTheSortInItsFilters() {
        long planId = data.reportingPlan();
        data.user("sort-office2", "OFFICE", "舟山市");
        long period = reporting.openPeriod(
                planId,
                new PeriodForm("全年(排序)", LocalDate.of(2022, 12, 31), LocalDate.of(2023, 1, 10), BigDecimal.ONE),
                (LuoshiUser) users.loadUserByUsername("sort-office2"));
        Http office = Http.as(port, "sort-office2");
        Pattern rows = Pattern.compile("data-report=\"(\\d+)\"");

        List<String> byUnitDesc =
                jdbc.sql("""
                        select r.id from progress_report r join unit u on u.id = r.unit_id join task t on t.id = r.task_id
                        where r.period_id = :p order by u.name desc, t.seq""").param("p", period).query(String.class).list();
        var response = office.get("/reporting/periods/" + period + "?sort=unit&dir=desc");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var body = response.body();
        assertThat(all(rows, body)).isEqualTo(byUnitDesc);
        assertThat(body)
                .contains("name=\"sort\" value=\"unit\"")
                .contains("name=\"dir\" value=\"desc\"")
                .contains("aria-sort=\"descending\"");

        for (String column : List.of("state", "updated", "number")) {
            var sorted = office.get("/reporting/periods/" + period + "?sort=" + column + "&dir=desc");
            assertThat(sorted.statusCode()).isEqualTo(200);
            assertThat(all(rows, sorted.body())).hasSameSizeAs(byUnitDesc);
        }
    }
}
