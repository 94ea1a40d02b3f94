package org.luoshi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.luoshi.DomainException;
import org.luoshi.account.LuoshiUser;
import org.luoshi.judgement.JudgementQueries;
import org.luoshi.judgement.JudgementViews.Rollup;
import org.luoshi.plan.PlanImporter;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * 督查通报 on the test database: generated from the judged figures (the dashboard's roll-up for the same period),
 * edited, approved by a leader, issued by the office; its DOCX read back with POI and its PDF's first page rendered.
 */
@IntegrationTest
class BulletinIT {

    @Autowired
    TestData data;

    @Autowired
    PlanImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BulletinDesk desk;

    @Autowired
    JudgementQueries judgements;

    private String importedPeriod(long planId) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            var label = jdbc.sql("""
                            select p.label from reporting_period p where p.plan_id = :p
                              and exists (select 1 from judgement j where j.period_id = p.id)
                            order by p.id fetch first 1 rows only""").param("p", planId).query(String.class).optional();
            if (label.isPresent()) {
                return label.get();
            }
            Thread.sleep(200); // judging follows the import after its commit
        }
        throw new AssertionError("no judged period");
    }

    @Test
    void aBulletinSaysWhatTheDashboardSaysAndIsApprovedAndIssuedAsAGbT9704Document() throws Exception {
        long planId = LoopPlan.of(importer);
        String period = importedPeriod(planId);
        LuoshiUser office = data.acting("bl-office", "OFFICE", "舟山市");
        LuoshiUser leader = data.acting("bl-leader", "LEADER", "舟山市");
        assertThatThrownBy(() -> desk.generate(planId, period, leader)).isInstanceOf(AccessDeniedException.class);

        long id = desk.generate(planId, period, office);
        BulletinDesk.Document d = desk.document(id, office);
        Rollup dashboard = judgements.rollup(planId, period, office.scope());
        assertThat(d.rows("status"))
                .extracting(r -> r.get(0) + "=" + r.get(1))
                .containsExactlyElementsOf(dashboard.byStatus().stream()
                        .map(s -> s.label() + "=" + s.count())
                        .toList());
        assertThat(d.rows("unit"))
                .extracting(r -> r.get(0) + "|" + r.get(1) + "|" + r.get(2) + "|" + r.get(3))
                .containsExactlyInAnyOrderElementsOf(dashboard.byUnit().stream()
                        .map(u -> u.unit() + "|" + u.tasks() + "|" + plain(u.onTimeRate()) + "|"
                                + plain(u.onScheduleRate()))
                        .toList());
        long lagging = judgements.forPeriod(dashboard.periodId(), office.scope()).values().stream()
                .filter(j -> j.status().equals("behind") || j.status().equals("at_risk"))
                .count();
        assertThat(d.rows("lagging")).hasSize((int) lagging).isNotEmpty();
        assertThat(d.bulletin().blocks().summary()).contains(dashboard.tasks() + "项重点工作");

        var edited = new Bulletin.Blocks(
                d.bulletin().blocks().issuer(),
                d.bulletin().blocks().docNumber(),
                d.bulletin().blocks().title(),
                d.bulletin().blocks().recipients(),
                d.bulletin().blocks().opening() + "\n经督查\uFF0C总体推进有序\u3002",
                d.bulletin().blocks().summary(),
                "各单位要抓好整改\u3002",
                d.bulletin().blocks().signer(),
                LocalDate.of(2019, 10, 8),
                d.bulletin().blocks().copyTo(),
                d.bulletin().blocks().printedBy());
        Bulletin b = desk.edit(id, d.bulletin().version(), edited, true, office);
        assertThatThrownBy(() -> desk.edit(id, b.version(), edited, true, leader))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> desk.approve(id, b.version(), office)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> desk.issue(id, b.version(), office))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo("supervision.wrong-state.bulletin-issue");
        Bulletin approved = desk.approve(id, b.version(), leader);
        assertThatThrownBy(() -> desk.edit(id, approved.version(), edited, true, office))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo("supervision.wrong-state.bulletin-edit");
        assertThatThrownBy(() -> desk.publishedPdf(id)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> desk.issue(id, approved.version(), leader)).isInstanceOf(AccessDeniedException.class);
        Bulletin issued = desk.issue(id, approved.version(), office);
        assertThat(issued.state()).isEqualTo(Bulletin.State.ISSUED);
        assertThatThrownBy(() -> desk.issue(id, issued.version(), office)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> desk.backToDraft(id, issued.version(), "x", office))
                .isInstanceOf(DomainException.class);
        assertThat(desk.publishedList()).anyMatch(x -> x.bulletin().id() == id);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'bulletin.issue' and entity_id = :id")
                        .param("id", Long.toString(id))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        byte[] docx = desk.docx(id, office);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<XWPFParagraph> ps = doc.getParagraphs();
            assertThat(ps.get(0).getText()).isEqualTo("舟山市人民政府办公室");
            assertThat(ps.get(0).getRuns().get(0).getColor()).isEqualTo("C00000");
            assertThat(ps.get(0)
                            .getRuns()
                            .get(0)
                            .getFontFamily(org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange.eastAsia))
                    .isEqualTo("方正小标宋简体");
            assertThat(ps.get(1).getText())
                    .isEqualTo(issued.blocks().docNumber())
                    .contains("\u30142019\u3015");
            assertThat(ps.get(2).getText()).isEqualTo(issued.blocks().title()).startsWith("关于");
            assertThat(ps.get(3)
                            .getRuns()
                            .get(0)
                            .getFontFamily(org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange.eastAsia))
                    .isEqualTo("仿宋_GB2312");
            var mar = doc.getDocument().getBody().getSectPr().getPgMar();
            assertThat(List.of(mar.getTop(), mar.getBottom(), mar.getLeft(), mar.getRight()))
                    .extracting(o -> ((java.math.BigInteger) o).intValue())
                    .containsExactly(2098, 1984, 1587, 1474);
            XWPFTable laggingTable = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("序号"))
                    .findFirst()
                    .orElseThrow();
            assertThat(laggingTable.getNumberOfRows()).isEqualTo(lagging + 1);
            assertThat(laggingTable.getRow(1).getCell(0).getText())
                    .isEqualTo(d.rows("lagging").get(0).get(0));
            assertThat(laggingTable.getRow(1).getCell(4).getText())
                    .isEqualTo(d.rows("lagging").get(0).get(4));
            XWPFTable statusTable = doc.getTables().get(0);
            assertThat(statusTable.getRow(1).getCell(1).getText())
                    .isEqualTo(Integer.toString(dashboard.byStatus().get(0).count()));
            assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText))
                    .contains("2019年10月8日")
                    .anyMatch(t -> t.startsWith("抄送"));
        }

        byte[] pdf = desk.publishedPdf(id);
        Path dir = Path.of("target", "screens");
        Files.createDirectories(dir);
        Path file = dir.resolve("bulletin.pdf");
        Files.write(file, pdf);
        try (var pd = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(pd);
            assertThat(text)
                    .contains("舟山市人民政府办公室")
                    .contains(issued.blocks().title().substring(0, 10));
            assertThat(pd.getPage(0).getMediaBox().getWidth()).isBetween(594f, 596f);
        }
        Process p = new ProcessBuilder(
                        "pdftoppm",
                        "-png",
                        "-r",
                        "60",
                        "-f",
                        "1",
                        "-l",
                        "1",
                        "-singlefile",
                        file.toString(),
                        dir.resolve("bulletin-page1").toString())
                .redirectErrorStream(true)
                .start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        assertThat(Files.size(dir.resolve("bulletin-page1.png"))).isGreaterThan(10_000);
    }

    private static String plain(java.math.BigDecimal b) {
        return b == null ? "" : b.toPlainString();
    }
}
