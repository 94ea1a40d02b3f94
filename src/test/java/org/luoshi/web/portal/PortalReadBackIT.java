package org.luoshi.web.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.luoshi.document.DocumentReaders;
import org.luoshi.document.ReadDocument;
import org.luoshi.document.TaskRow;
import org.luoshi.publication.PublicationService;
import org.luoshi.support.Http;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Import the other way: the published portal page, read by the one document reader, gives the sample again. */
@IntegrationTest
class PortalReadBackIT {

    @Autowired
    TestData data;

    @Autowired
    PublicationService publications;

    @LocalServerPort
    int port;

    @Test
    void thePublishedPageReadsBackToTheSamplesTasksAndProgress() {
        long plan = data.zhoushanPlan();
        long id = publications.draft(plan, "前三季度", false, data.acting("readback-office", "OFFICE", "舟山市"));
        publications.approve(id, data.acting("readback-leader", "LEADER", "舟山市"));
        publications.publish(id, data.acting("readback-office", "OFFICE", "舟山市"));
        String page = Http.anonymous(port).get("/portal/articles/" + id).body();

        ReadDocument fromPortal = new DocumentReaders().read("article.html", page.getBytes(StandardCharsets.UTF_8));
        ReadDocument fromSample = new DocumentReaders().read("zhoushan-2022-q3.txt", TestData.sample());

        assertThat(fromPortal.title()).isEqualTo("2022年市政府工作报告重点工作前三季度完成情况");
        assertThat(fromPortal.year()).isEqualTo(2022);
        assertThat(fromPortal.periodLabel()).isEqualTo(fromSample.periodLabel());
        assertThat(fromPortal.disclosure()).containsKey("索引号");
        assertThat(squeeze(fromPortal.tasks())).isEqualTo(squeeze(fromSample.tasks()));
    }

    /** Number, content, lead units and progress, whitespace aside. */
    static List<String> squeeze(List<TaskRow> rows) {
        return rows.stream()
                .map(r -> String.join("|", r.number(), r.content(), String.join("、", r.leadUnits()), r.progress())
                        .replaceAll("\\s+", ""))
                .toList();
    }
}
