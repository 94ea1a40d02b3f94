package org.luoshi.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.DomainException;
import org.luoshi.plan.GovernmentAdmin.NewGovernment;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The 台账 round trip with POI: export, edit the file, upload, diff, commit, export again. */
@IntegrationTest
class LedgerRoundTripIT {

    @Autowired
    GovernmentAdmin governments;

    @Autowired
    PlanEditor editor;

    @Autowired
    TargetEditor targets;

    @Autowired
    UnitPicker units;

    @Autowired
    Ledger ledger;

    @Autowired
    JdbcClient jdbc;

    long gov;
    Scope own;
    long plan;
    List<Long> ids = new ArrayList<>();

    @BeforeEach
    void plan() {
        String code = "6" + String.format("%011d", System.nanoTime() % 100_000_000_000L);
        long parent = jdbc.sql("select id from government where code = '330900'")
                .query(Long.class)
                .single();
        gov = governments.create(new NewGovernment(code, "台账县" + code, "county", parent), "test");
        own = Scope.of(List.of(gov));
        long finance = units.create(gov, "市财政局(国资委)", "office", own).id();
        long reform = units.create(gov, "市发改委", "office", own).id();
        units.create(gov, "市住建局", "office", own);
        plan = editor.createPlan(gov, 2026, "2026年重点工作", "office", own);
        String[][] tasks = {{"1", "新建改建污水管网10公里"}, {"2", "推进数字化改革"}, {"3", "新增城镇就业1万人"}, {"4", "完成老旧小区改造20个"}};
        for (String[] t : tasks) {
            ids.add(editor.addTask(
                            plan,
                            new TaskDraft(
                                    t[0], t[1], "", List.of(t[0].equals("2") ? reform : finance), List.of(), "", ""),
                            "office",
                            own)
                    .id());
        }
        targets.add(
                ids.get(2),
                0,
                new TargetDraft("新增城镇就业", "amount", BigDecimal.ONE, new BigDecimal("10000"), "人", ">="),
                "office",
                own);
    }

    @Test
    void anEditedLedgerShowsExactlyItsChangesAndExportsAgainAsEdited() throws IOException {
        byte[] exported = ledger.export(plan, Map.of(), own);
        byte[] edited = edit(exported, sheet -> {
            sheet.getRow(2).getCell(1).setCellValue("深入推进数字化改革");
            sheet.getRow(3).getCell(2).setCellValue("市住建局");
            sheet.getRow(3).getCell(6).setCellValue("新增城镇就业1.2万人以上");
            sheet.removeRow(sheet.getRow(4));
            sheet.shiftRows(5, 5, -1);
            Row added = sheet.createRow(5);
            String[] cells = {"5", "新建5G基站300个", "市发改委", "市财政局(国资委)", "王副市长", "2026年底", "新建5G基站300个"};
            for (int i = 0; i < cells.length; i++) {
                added.createCell(i).setCellValue(cells[i]);
            }
        });

        LedgerDiff diff = ledger.upload(plan, "台账.xlsx", edited, "office", own);
        assertThat(diff.added()).extracting(LedgerDiff.Added::content).containsExactly("新建5G基站300个");
        assertThat(diff.changed()).extracting(LedgerDiff.Changed::taskId).containsExactly(ids.get(1), ids.get(2));
        assertThat(diff.changed().get(0).fields()).containsExactly("工作内容");
        assertThat(diff.changed().get(1).fields()).containsExactly("牵头单位");
        assertThat(diff.removed()).extracting(LedgerDiff.Removed::taskId).containsExactly(ids.get(3));
        assertThat(diff.targets()).extracting(LedgerDiff.TargetChange::number).containsExactly("3", "5");
        assertThat(diff.targets().get(0).before()).isEqualTo("新增城镇就业1万人以上");

        Ledger.Outcome outcome = ledger.commit(plan, diff.token(), diff.fingerprint(), "office", own);
        assertThat(outcome.added()).isEqualTo(1);
        assertThat(outcome.removed()).isEqualTo(1);

        List<List<String>> again = cells(ledger.export(plan, Map.of(), own));
        List<List<String>> expected = cells(edited);
        assertThat(again).hasSize(expected.size());
        for (int r = 0; r < expected.size(); r++) {
            // The added row had no id in the file; it has one now.
            int compared = expected.get(r).get(LedgerFile.ID_COLUMN).isEmpty() ? 7 : 10;
            assertThat(again.get(r).subList(0, compared))
                    .isEqualTo(expected.get(r).subList(0, compared));
        }
        var target = jdbc.sql("select text, val, magnitude, unit, kind from target where task_id = :t")
                .param("t", ids.get(2))
                .query((rs, i) -> rs.getString(1) + "|"
                        + rs.getBigDecimal(2).stripTrailingZeros().toPlainString() + "|"
                        + rs.getBigDecimal(3).stripTrailingZeros().toPlainString() + "|" + rs.getString(4) + "|"
                        + rs.getString(5))
                .single();
        assertThat(target).isEqualTo("新增城镇就业1.2万人以上|1.2|10000|人|amount");
        // Committed once: the token is used up.
        assertThatThrownBy(() -> ledger.commit(plan, diff.token(), diff.fingerprint(), "office", own))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void aLedgerOfAnotherPlanOrWithCopiedRowsOrUnknownUnitsIsRefusedAndNothingChanges() throws IOException {
        byte[] exported = ledger.export(plan, Map.of(), own);
        long other = editor.createPlan(gov, 2027, "2027年重点工作", "office", own);
        List<List<String>> before = cells(exported);
        record Case(byte[] file, long plan, String message) {}
        byte[] copied = edit(exported, sheet -> {
            Row copy = sheet.createRow(6);
            for (int i = 0; i <= LedgerFile.ID_COLUMN; i++) {
                copy.createCell(i)
                        .setCellValue(new DataFormatter()
                                .formatCellValue(sheet.getRow(1).getCell(i)));
            }
        });
        byte[] foreignUnit = edit(exported, sheet -> sheet.getRow(1).getCell(2).setCellValue("外省财政厅"));
        byte[] emptied = edit(exported, sheet -> sheet.getRow(1).getCell(1).setCellValue(""));
        byte[] plain;
        try (Workbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("台账").createRow(0).createCell(0).setCellValue("序号");
            book.write(out);
            plain = out.toByteArray();
        }
        for (Case c : List.of(
                new Case(exported, other, "属于另一个计划"),
                new Case(copied, plan, "重复"),
                new Case(foreignUnit, plan, "不是本级政府的单位"),
                new Case(emptied, plan, "第2行:请填写工作内容"),
                new Case(plain, plan, "不是从本系统下载的台账"),
                new Case("not a workbook".getBytes(), plan, "无法读取台账文件"))) {
            assertThatThrownBy(() -> ledger.upload(c.plan(), "x.xlsx", c.file(), "office", own))
                    .isInstanceOfSatisfying(
                            DomainException.class, e -> assertThat(e.zh()).contains(c.message()));
        }
        assertThat(cells(ledger.export(plan, Map.of(), own))).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from pending_ledger where plan_id in (:p)")
                        .param("p", List.of(plan, other))
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aPlanChangedAfterTheUploadRefusesTheCommit() throws IOException {
        byte[] edited = edit(
                ledger.export(plan, Map.of(), own), s -> s.getRow(1).getCell(1).setCellValue("改过的内容"));
        LedgerDiff diff = ledger.upload(plan, "台账.xlsx", edited, "office", own);
        editor.updateTask(
                ids.get(0),
                0,
                new TaskDraft(
                        "1",
                        "别人先改了",
                        "",
                        List.of(units.search(gov, "财政", own).get(0).id()),
                        List.of(),
                        "",
                        ""),
                "other",
                own);
        assertThatThrownBy(() -> ledger.commit(plan, diff.token(), diff.fingerprint(), "office", own))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
        assertThat(jdbc.sql("select content from task where id = :id")
                        .param("id", ids.get(0))
                        .query(String.class)
                        .single())
                .isEqualTo("别人先改了");
    }

    private static byte[] edit(byte[] file, java.util.function.Consumer<Sheet> change) throws IOException {
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(file));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(book.getSheet("台账"));
            book.write(out);
            return out.toByteArray();
        }
    }

    private static List<List<String>> cells(byte[] file) throws IOException {
        DataFormatter format = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = book.getSheet("台账");
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (int i = 0; i <= LedgerFile.ID_COLUMN; i++) {
                    cells.add(row.getCell(i) == null ? "" : format.formatCellValue(row.getCell(i)));
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
