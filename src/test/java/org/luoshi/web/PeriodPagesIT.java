package org.luoshi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** The office's 关闭 and 重新开放 on a period's work list, and what the unit's report page says of it. */
@IntegrationTest
class PeriodPagesIT {

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    long planId;
    long unit;
    long period;
    String worklist;

    @BeforeEach
    void aPeriod() {
        planId = data.closingPlan();
        unit = data.leadUnit(planId, "82");
        data.user("pp-office", "OFFICE", "舟山市");
        data.user("pp-leader", "LEADER", "舟山市");
        data.unitUser("pp-reporter", "REPORTER", "舟山市", unit);
        var opened = new Calls(port)
                .call(
                        "pp-office",
                        "POST",
                        "/api/v1/plans/" + planId + "/periods",
                        "{\"label\":\"全年(页面%d)\",\"endDate\":\"2012-12-31\",\"dueDate\":\"2013-01-10\",\"expectedShare\":1}"
                                .formatted(System.nanoTime() % 100000));
        assertThat(opened.statusCode()).isEqualTo(201);
        period = JsonMapper.builder().build().readTree(opened.body()).get("id").asLong();
        worklist = "/reporting/periods/" + period;
    }

    private boolean closed() {
        return jdbc.sql("select closed_at is not null from reporting_period where id = :id")
                .param("id", period)
                .query(Boolean.class)
                .single();
    }

    @Test
    void theOfficeClosesThePeriodOnItsWorkListAndReopensItWithAReason() {
        var office = new PageSession(port, "pp-office");
        Document open = Jsoup.parse(office.get(worklist).body());
        assertThat(open.select("#period-state").attr("data-closed")).isEqualTo("false");
        assertThat(open.select("#period-state .badge").text()).isEqualTo("填报中");
        assertThat(open.select("#period-state button[name=close]").text()).isEqualTo("关闭");

        var closing = office.post(worklist + "/close", office.csrf(worklist), Map.of());
        assertThat(closing.statusCode()).isEqualTo(302);
        assertThat(PageSession.location(closing)).isEqualTo(worklist);
        Document shut = Jsoup.parse(office.get(worklist).body());
        assertThat(shut.select("#period-state .badge").text()).isEqualTo("已关闭");
        assertThat(shut.select("#period-state .notice").text())
                .contains("pp-office")
                .contains("不能再修改");
        assertThat(shut.select("#period-state button[name=reopen]").text()).isEqualTo("重新开放");
        assertThat(Jsoup.parse(office.get("/reporting").body())
                        .select("a[href='" + worklist + "']")
                        .parents()
                        .select("tr")
                        .first()
                        .text())
                .contains("已关闭");

        String tooLong = "理由".repeat(1001);
        var refused = office.post(worklist + "/reopen", office.csrf(worklist), Map.of("reason", tooLong));
        assertThat(refused.statusCode()).isEqualTo(400);
        Document again = Jsoup.parse(refused.body());
        assertThat(again.select(".form-errors").text()).contains("2000");
        assertThat(again.select("textarea[name=reason]").text()).isEqualTo(tooLong);
        assertThat(closed()).as("nothing changed").isTrue();

        var reopening = office.post(worklist + "/reopen", office.csrf(worklist), Map.of("reason", "补报年底数据"));
        assertThat(reopening.statusCode()).isEqualTo(302);
        Document reopened = Jsoup.parse(office.get(worklist).body());
        assertThat(reopened.select("#period-state .badge").text()).isEqualTo("填报中");
        assertThat(reopened.select("#period-state .reopened").text()).contains("补报年底数据");
        assertThat(closed()).isFalse();
    }

    @Test
    void aReportOfAClosedPeriodSaysSoAndOffersNoStep() {
        long report = jdbc.sql("select id from progress_report where period_id = :p and unit_id = :u order by id"
                        + " fetch first 1 rows only")
                .param("p", period)
                .param("u", unit)
                .query(Long.class)
                .single();
        var reporter = new PageSession(port, "pp-reporter");
        String page = "/reporting/reports/" + report;
        assertThat(Jsoup.parse(reporter.get(page).body()).select(".period-closed"))
                .isEmpty();
        var office = new PageSession(port, "pp-office");
        office.post(worklist + "/close", office.csrf(worklist), Map.of());

        Document shown = Jsoup.parse(reporter.get(page).body());
        assertThat(shown.select(".period-closed").text()).contains("已关闭");
        assertThat(shown.select("#report-form button")).isEmpty();
        assertThat(Jsoup.parse(reporter.get(worklist).body()).select("#period-state form"))
                .as("a reporter sees the state, not the office's actions")
                .isEmpty();
        var leader = new PageSession(port, "pp-leader");
        assertThat(leader.post(worklist + "/reopen", leader.csrf(worklist), Map.of("reason", "越权"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(closed()).isTrue();
    }
}
