package org.luoshi.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.DomainException;
import org.luoshi.plan.Scope;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Drafting, withholding, approving, publishing and withdrawing on the real database, with the 索引号. */
@IntegrationTest
class PublicationWorkflowIT {

    @Autowired
    TestData data;

    @Autowired
    PublicationService publications;

    @Autowired
    CatalogueSettings settings;

    @Autowired
    JdbcClient jdbc;

    long plan;
    long zhoushan;

    @BeforeEach
    void plan() {
        plan = data.zhoushanPlan();
        zhoushan = jdbc.sql("select id from government where name = '舟山市'")
                .query(Long.class)
                .single();
        settings.save(
                new CatalogueSettings.Setting(
                        zhoushan, "001008009005001", IndexPattern.DEFAULT, 189013, "市政府办公室", "市政府工作报告"),
                data.acting("wf-admin", "ADMIN", null));
    }

    long approvedDraft() {
        long id = publications.draft(plan, "前三季度", false, data.acting("wf-office", "OFFICE", "舟山市"));
        publications.approve(id, data.acting("wf-leader", "LEADER", "舟山市"));
        return id;
    }

    @Test
    void aDraftCarriesTheGovernmentsCatalogueDefaultsAndEveryTask() {
        long id = publications.draft(plan, "前三季度", true, data.acting("wf-office", "OFFICE", "舟山市"));

        Publication p = publications.get(id, Scope.everything());
        assertThat(p.status()).isEqualTo(PublicationStatus.DRAFT);
        assertThat(p.catalogue().publisher()).isEqualTo("市政府办公室");
        assertThat(p.catalogue().category()).isEqualTo("市政府工作报告");
        assertThat(p.rows()).hasSize(119);
        assertThat(p.source().title()).isEqualTo("2022年市政府工作报告重点工作前三季度完成情况");
    }

    @Test
    void publishingContinuesTheConfiguredCatalogueNumbering() {
        String number = publications.publish(approvedDraft(), data.acting("wf-office", "OFFICE", "舟山市"));

        assertThat(number).matches("001008009005001/\\d{4}-1890\\d\\d");
    }

    @Test
    void everyTransitionIsAudited() {
        long id = approvedDraft();
        publications.publish(id, data.acting("wf-office", "OFFICE", "舟山市"));
        publications.withdraw(id, "数据需更正", data.acting("wf-office", "OFFICE", "舟山市"));

        List<String> actions = jdbc.sql(
                        "select action from audit_event where entity = 'publication' and entity_id = :id order by id")
                .param("id", String.valueOf(id))
                .query(String.class)
                .list();
        assertThat(actions)
                .containsExactly(
                        "publication.draft", "publication.approve", "publication.publish", "publication.withdraw");
        Publication p = publications.get(id, Scope.everything());
        assertThat(p.status()).isEqualTo(PublicationStatus.WITHDRAWN);
        assertThat(p.indexNumber()).isNotBlank();
    }

    @Test
    void withheldTasksAndShortenedTextAreStored() {
        long id = publications.draft(plan, "前三季度", false, data.acting("wf-office", "OFFICE", "舟山市"));
        publications.withhold(id, 3, true, data.acting("wf-office", "OFFICE", "舟山市"));
        publications.abridge(id, 1, "收入稳步增长。", data.acting("wf-office", "OFFICE", "舟山市"));

        CompiledReport shown = publications.get(id, Scope.everything()).publicReport();
        assertThat(shown.rows()).hasSize(118).noneMatch(r -> r.seq() == 3);
        assertThat(shown.rows().get(0).progress()).isEqualTo("收入稳步增长。");
        assertThat(shown.abridged()).isTrue();
    }

    @Test
    void anotherGovernmentsPublicationIsNotFound() {
        long id = publications.draft(plan, "前三季度", false, data.acting("wf-office", "OFFICE", "舟山市"));
        long dinghai = jdbc.sql("select id from government where name = '定海区'")
                .query(Long.class)
                .single();

        assertThatThrownBy(() -> publications.approve(id, data.acting("wf-leader-dinghai", "LEADER", "定海区")))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("信息不存在");
    }

    @Test
    void indexNumbersStayUniqueWhenSeveralPublishAtOnce() throws Exception {
        int n = 6;
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(approvedDraft());
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<String>> numbers = new ArrayList<>();
            for (long id : ids) {
                Callable<String> publish = () -> {
                    start.await();
                    return publications.publish(id, data.acting("wf-office", "OFFICE", "舟山市"));
                };
                numbers.add(pool.submit(publish));
            }
            start.countDown();
            List<String> got = new ArrayList<>();
            for (Future<String> f : numbers) {
                got.add(f.get());
            }
            assertThat(got).doesNotHaveDuplicates().hasSize(n);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql(
                                "select count(*) - count(distinct index_number) from publication where index_number is not null")
                        .query(Integer.class)
                        .single())
                .isZero();
    }
}
