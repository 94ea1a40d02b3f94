package org.luoshi.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.luoshi.DomainException;
import org.luoshi.document.AnalyzedDocument;
import org.luoshi.document.AnalyzedTask;
import org.luoshi.document.CanonicalJson;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class PlanImportIT {

    @Autowired
    TestData data;

    @Autowired
    PlanImporter importer;

    @Autowired
    PlanExporter exporter;

    @Autowired
    PlanQueries queries;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PeriodClosures closures;

    @Test
    void importsTheSampleAsAPlanOf119TasksWithItsPeriodAndProgress() {
        long planId = data.zhoushanPlan();

        var plan = queries.plan(planId, Scope.everything()).orElseThrow();
        assertThat(plan.taskCount()).isEqualTo(119);
        assertThat(plan.governmentName()).isEqualTo("舟山市");
        assertThat(plan.year()).isEqualTo(2022);
        assertThat(plan.latestPeriod()).isEqualTo("前三季度");
        var periods = queries.periods(planId, Scope.everything());
        assertThat(periods).singleElement().satisfies(p -> {
            assertThat(p.endDate()).hasToString("2022-09-30");
            assertThat(p.expectedShare()).isEqualByComparingTo("0.75");
        });
        int progress = jdbc.sql(
                        "select count(*) from progress_entry pe join task t on t.id = pe.task_id where t.plan_id = :p")
                .param("p", planId)
                .query(Integer.class)
                .single();
        assertThat(progress).isEqualTo(119);
    }

    @Test
    void storesTheDocumentsFindings() {
        long planId = data.zhoushanPlan();

        var kinds = queries.findings(planId, Scope.everything()).stream()
                .map(PlanViews.FindingView::kind)
                .toList();
        assertThat(kinds).contains("duplicate-number", "missing-number", "copied-progress", "abridged");
    }

    @Test
    void importingTheSameDocumentTwiceChangesNothing() {
        data.zhoushanPlan();
        int tasks = data.count("task");
        int progress = data.count("progress_entry");
        int units = data.count("unit");
        int documents = data.count("imported_document");

        ImportResult again = importer.commit("again.txt", TestData.sample(), "舟山市", 2022, "test", Scope.everything());

        assertThat(again.unchanged()).isTrue();
        assertThat(data.count("task")).isEqualTo(tasks);
        assertThat(data.count("progress_entry")).isEqualTo(progress);
        assertThat(data.count("unit")).isEqualTo(units);
        assertThat(data.count("imported_document")).isEqualTo(documents);
    }

    @Test
    void aClosedPeriodTakesNoProgressFromADocument() {
        // The sample as 定海区's plan of a year no other test reads (2011), then its period closed by the office.
        String sample = new String(TestData.sample(), StandardCharsets.UTF_8).replace("2022", "2011");
        ImportResult first = importer.commit(
                "closing.txt", sample.getBytes(StandardCharsets.UTF_8), "定海区", 2011, "test", Scope.everything());
        long period = jdbc.sql("select id from reporting_period where plan_id = :p")
                .param("p", first.planId())
                .query(Long.class)
                .single();
        PeriodClosure open = closures.find(period).orElseThrow();
        closures.store(open, open.close("test", java.time.OffsetDateTime.now()));
        int progress = data.count("progress_entry");
        int documents = data.count("imported_document");

        // The same period's document again, with one progress text changed: refused, nothing written.
        String changed = sample.replaceFirst("已完成", "已全部完成");
        assertThatThrownBy(() -> importer.commit(
                        "closing-2.txt",
                        changed.getBytes(StandardCharsets.UTF_8),
                        "定海区",
                        2011,
                        "test",
                        Scope.everything()))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("period.closed");
                    assertThat(e.zh()).contains("已关闭");
                    assertThat(e.en()).contains("is closed");
                });
        assertThat(data.count("progress_entry")).isEqualTo(progress);
        assertThat(data.count("imported_document")).isEqualTo(documents);
    }

    @Test
    void aFailedImportChangesNothing() {
        data.zhoushanPlan();
        int tasks = data.count("task");
        int units = data.count("unit");
        int plans = data.count("plan");
        // The unit column holds 200 characters: a 300-character unit fails in the middle of the transaction,
        // after the plan, earlier tasks and units were written.
        String broken = new String(TestData.sample(), StandardCharsets.UTF_8)
                .replace("\n高新区管委会\n", "\n" + "很长的单位名称".repeat(43) + "\n");

        assertThatThrownBy(() -> importer.commit(
                        "broken.txt", broken.getBytes(StandardCharsets.UTF_8), "定海区", 2022, "test", Scope.everything()))
                .isNotInstanceOf(DomainException.class);

        assertThat(data.count("task")).isEqualTo(tasks);
        assertThat(data.count("unit")).isEqualTo(units);
        assertThat(data.count("plan")).isEqualTo(plans);
    }

    @Test
    void rejectsAnUnknownGovernmentWithAClearMessage() {
        assertThatThrownBy(() -> importer.commit("x.txt", TestData.sample(), "不存在市", 2022, "test", Scope.everything()))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("未知的政府")
                .hasMessageContaining("unknown government");
    }

    @Test
    void rejectsAGovernmentOutsideTheCallersScope() {
        long dinghai = jdbc.sql("select id from government where name = '定海区'")
                .query(Long.class)
                .single();

        assertThatThrownBy(() -> importer.preview("x.txt", TestData.sample(), "舟山市", 2022, Scope.of(List.of(dinghai))))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void importExportImportIsLossless() {
        long planId = data.zhoushanPlan();
        AnalyzedDocument first = exporter.export(planId, null, Scope.everything());
        String json = CanonicalJson.write(first);

        ImportResult copy = importer.commit(
                "zhoushan.json", json.getBytes(StandardCharsets.UTF_8), "浙江省", 2022, "test", Scope.everything());
        AnalyzedDocument second = exporter.export(copy.planId(), null, Scope.everything());

        assertThat(copy.tasks()).isEqualTo(119);
        assertThat(second.tasks()).hasSameSizeAs(first.tasks());
        for (int i = 0; i < first.tasks().size(); i++) {
            AnalyzedTask a = first.tasks().get(i);
            AnalyzedTask b = second.tasks().get(i);
            assertThat(b.row()).as("task %d", i).isEqualTo(a.row());
            assertThat(b.targets()).as("targets of task %d", i).isEqualTo(a.targets());
            assertThat(b.judgement()).as("judgement of task %d", i).isEqualTo(a.judgement());
        }
        assertThat(second.document().periodLabel()).isEqualTo(first.document().periodLabel());
        assertThat(second.document().periodEnd()).isEqualTo(first.document().periodEnd());
        assertThat(second.document().expectedShare())
                .isEqualByComparingTo(first.document().expectedShare());
        assertThat(second.document().findings()).isEqualTo(first.document().findings());
        assertThat(second.document().disclosure()).isEqualTo(first.document().disclosure());
    }
}
