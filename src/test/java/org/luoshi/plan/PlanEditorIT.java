package org.luoshi.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.DomainException;
import org.luoshi.audit.TaskHistory;
import org.luoshi.judgement.JudgementQueries;
import org.luoshi.plan.GovernmentAdmin.NewGovernment;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Keeping a plan by hand on the real database: each test on a government of its own. */
@IntegrationTest
class PlanEditorIT {

    @Autowired
    GovernmentAdmin governments;

    @Autowired
    PlanEditor editor;

    @Autowired
    TargetEditor targets;

    @Autowired
    UnitPicker units;

    @Autowired
    PlanEdits edits;

    @Autowired
    PeriodWriter periods;

    @Autowired
    JudgementQueries judgements;

    @Autowired
    TaskHistory history;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlanImporter importer;

    long gov;
    Scope own;
    long finance;
    long reform;
    long plan;

    @BeforeEach
    void government() {
        String code = "8" + String.format("%011d", System.nanoTime() % 100_000_000_000L);
        long parent = jdbc.sql("select id from government where code = '330900'")
                .query(Long.class)
                .single();
        gov = governments.create(new NewGovernment(code, "手工县" + code, "county", parent), "test");
        own = Scope.of(List.of(gov));
        finance = units.create(gov, "市财政局(国资委)", "office", own).id();
        reform = units.create(gov, "市发改委", "office", own).id();
        jdbc.sql("insert into unit_alias (government_id, unit_id, alias) values (:g, :u, '财政局')")
                .param("g", gov)
                .param("u", finance)
                .update();
        plan = editor.createPlan(gov, 2026, "2026年政府工作报告重点工作", "office", own);
    }

    private TaskDraft draft(String number, String content, long lead) {
        return new TaskDraft(number, content, "一、经济", List.of(lead), List.of(), "张副市长", "2026年底");
    }

    private List<String> numbersInOrder() {
        return jdbc.sql("select number from task where plan_id = :p order by seq")
                .param("p", plan)
                .query(String.class)
                .list();
    }

    @Test
    void aPlanTypedByHandTakesTasksInOrderAndKeepsTheirChangesInWords() {
        long one = editor.addTask(plan, draft("1", "新建改建污水管网10公里", finance), "office", own)
                .id();
        long two = editor.addTask(plan, draft("2", "推进数字化改革", reform), "office", own)
                .id();
        long three = editor.addTask(plan, draft("3", "新增就业1万人", reform), "office", own)
                .id();
        assertThat(numbersInOrder()).containsExactly("1", "2", "3");

        EditResult edited = editor.updateTask(
                two,
                0,
                new TaskDraft("2", "深入推进数字化改革", "二、改革", List.of(reform), List.of(finance), "李副市长", "6月底"),
                "office",
                own);
        assertThat(edited.version()).isEqualTo(1);
        var form = edits.task(two, own).orElseThrow();
        assertThat(form.content()).isEqualTo("深入推进数字化改革");
        assertThat(form.coUnits()).extracting(PlanViews.UnitView::name).containsExactly("市财政局(国资委)");

        editor.moveTask(three, 0, 1, "office", own);
        assertThat(numbersInOrder()).containsExactly("3", "1", "2");
        editor.removeTask(one, 0, "office", own);
        assertThat(numbersInOrder()).containsExactly("3", "2");

        var words = history.forTask(two, plan, List.of(), false, List.of(gov));
        assertThat(words).extracting(TaskHistory.Entry::action).contains("task.create", "task.edit");
        assertThat(words.get(0).detail())
                .contains("工作内容改为:深入推进数字化改革")
                .contains("配合单位:(空) → 市财政局(国资委)")
                .contains("分管领导:张副市长 → 李副市长");
    }

    @Test
    void anEditOfAVersionNoLongerCurrentIsRefusedAndChangesNothing() {
        long task = editor.addTask(plan, draft("1", "推进数字化改革", reform), "office", own)
                .id();
        editor.updateTask(task, 0, draft("1", "推进数字化改革(第一次)", reform), "office", own);
        assertThatThrownBy(() -> editor.updateTask(task, 0, draft("1", "另一人的修改", reform), "office", own))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                    assertThat(e.zh()).contains("已被他人修改").contains("已保留");
                });
        assertThat(edits.task(task, own).orElseThrow().content()).isEqualTo("推进数字化改革(第一次)");
    }

    @Test
    void badInputIsRefusedWithAClearMessageAndNothingStoredChanges() {
        long task = editor.addTask(plan, draft("1", "推进数字化改革", reform), "office", own)
                .id();
        long otherGov = jdbc.sql("select id from government where code = '330902'")
                .query(Long.class)
                .single();
        long foreign = units.create(otherGov, "外地单位" + System.nanoTime(), "test", Scope.everything())
                .id();
        record Case(TaskDraft draft, String message) {}
        for (Case c : List.of(
                new Case(draft("1", "  ", reform), "请填写工作内容"),
                new Case(draft("1", "x".repeat(20_001), reform), "过长"),
                new Case(draft("1".repeat(21), "内容", reform), "过长"),
                new Case(draft("1", "内容", foreign), "不属于本级政府"),
                new Case(new TaskDraft("1", "内容", "", List.of(), List.of(), "", ""), "牵头单位"))) {
            assertThatThrownBy(() -> editor.updateTask(task, 0, c.draft(), "office", own))
                    .isInstanceOfSatisfying(
                            DomainException.class, e -> assertThat(e.zh()).contains(c.message()));
        }
        assertThatThrownBy(() -> targets.add(
                        task, 0, new TargetDraft("新建污水管网", "amount", BigDecimal.TEN, null, "%", ">="), "office", own))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.zh()).contains("与目标类型不符"));
        assertThatThrownBy(() -> targets.add(
                        task, 0, new TargetDraft("地区生产总值", "growth", BigDecimal.TEN, null, "亿元", ">="), "office", own))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.en()).contains("does not fit"));
        var form = edits.task(task, own).orElseThrow();
        assertThat(form.content()).isEqualTo("推进数字化改革");
        assertThat(form.version()).isZero();
        assertThat(form.targets()).isEmpty();
        // Another government's office does not see the task at all.
        assertThatThrownBy(() -> editor.updateTask(task, 0, draft("1", "越权", reform), "x", Scope.of(List.of(otherGov))))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
    }

    @Test
    void aDuplicateNumberIsStoredWithANotice() {
        editor.addTask(plan, draft("5", "推进数字化改革", reform), "office", own);
        EditResult second = editor.addTask(plan, draft("5", "新增就业1万人", reform), "office", own);
        assertThat(second.notices()).extracting(EditNotice::zh).containsExactly("序号“5”与本计划其他任务重复(已保存,请核对)。");
        assertThat(numbersInOrder()).containsExactly("5", "5");
    }

    @Test
    void changingATargetJudgesTheTaskAgainAndKeepsTheReadersProposalBeside() {
        long task = editor.addTask(plan, draft("1", "新建改建污水管网10公里", finance), "office", own)
                .id();
        long period = periods.openPeriod(
                gov, plan, "前三季度", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 9, 30), null, new BigDecimal("0.75"));
        periods.writeProgress(gov, task, period, "已新建改建污水管网8公里。");
        EditResult added = targets.add(
                task,
                0,
                new TargetDraft("新建改建污水管网", "amount", BigDecimal.TEN, BigDecimal.ONE, "公里", ">="),
                "office",
                own);
        // As if the reader had proposed it: a target that came from a document.
        jdbc.sql("update target set by_hand = false where id = :id")
                .param("id", added.id())
                .update();
        assertThat(status(task)).isEqualTo("ahead");

        targets.update(
                added.id(),
                added.version(),
                new TargetDraft("新建改建污水管网", "amount", new BigDecimal("20"), BigDecimal.ONE, "公里", ">="),
                "office",
                own);
        assertThat(status(task)).isEqualTo("behind");
        var target = edits.targets(task).get(0);
        assertThat(target.text()).isEqualTo("新建改建污水管网20公里以上");
        assertThat(target.proposal()).isEqualTo("新建改建污水管网10公里以上");
    }

    private String status(long task) {
        return judgements.forTask(task, own).get(0).status();
    }

    @Test
    void aCancelledOrMergedTaskStaysWithItsReasonAndNoLongerChanges() {
        long a = editor.addTask(plan, draft("1", "推进数字化改革", reform), "office", own)
                .id();
        long b = editor.addTask(plan, draft("2", "深化数字化改革", reform), "office", own)
                .id();
        long c = editor.addTask(plan, draft("3", "新增就业1万人", reform), "office", own)
                .id();
        assertThatThrownBy(() -> editor.cancelTask(c, 0, " ", "office", own))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.zh()).contains("请填写理由"));
        editor.cancelTask(c, 0, "市政府常务会议决定不再实施", "office", own);
        editor.mergeTask(b, 0, a, "内容重复", "office", own);
        assertThat(edits.task(c, own).orElseThrow().state()).isEqualTo("cancelled");
        var merged = edits.task(b, own).orElseThrow();
        assertThat(merged.state()).isEqualTo("merged");
        assertThat(merged.mergedInto()).isEqualTo(a);
        assertThatThrownBy(() -> editor.updateTask(b, 1, draft("2", "再改", reform), "office", own))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.zh()).contains("已销号或已合并"));
        assertThat(history.forTask(a, plan, List.of(), false, List.of(gov))
                        .get(0)
                        .detail())
                .isEqualTo("任务“2”并入本任务,理由:内容重复");
        assertThat(history.forTask(c, plan, List.of(), false, List.of(gov))
                        .get(0)
                        .detail())
                .isEqualTo("销号,理由:市政府常务会议决定不再实施");
    }

    @Test
    void aLaterImportLeavesTargetsSetByHandAlone() {
        String name = jdbc.sql("select name from government where id = :g")
                .param("g", gov)
                .query(String.class)
                .single();
        byte[] sample = org.luoshi.support.TestData.sample();
        ImportResult first = importer.commit("q3.txt", sample, name, 2022, "test", own);
        long task = jdbc.sql(
                        "select id from task where plan_id = :p and number = '1' order by seq fetch first 1 rows only")
                .param("p", first.planId())
                .query(Long.class)
                .single();
        var form = edits.task(task, own).orElseThrow();
        assertThat(form.targets()).as("task 1 of the sample has targets").isNotEmpty();
        var read = form.targets().get(0);
        targets.update(
                read.id(),
                form.version(),
                new TargetDraft(
                        read.metric(),
                        read.kind(),
                        read.value().add(BigDecimal.ONE),
                        read.magnitude(),
                        read.unit(),
                        read.comparator()),
                "office",
                own);
        String byHand = edits.targets(task).get(0).text();
        byte[] again = (new String(sample, java.nio.charset.StandardCharsets.UTF_8) + "\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ImportResult second = importer.commit("q3-again.txt", again, name, 2022, "test", own);
        assertThat(second.unchanged()).isFalse();
        assertThat(edits.targets(task)).extracting(PlanEdits.TargetRow::text).startsWith(byHand);
        assertThat(edits.targets(task).get(0).proposal()).isEqualTo(read.text());
    }

    @Test
    void typingPartOfANameOrAliasFindsTheUnit() {
        assertThat(units.search(gov, "财政局", own))
                .extracting(UnitPicker.UnitChoice::name)
                .containsExactly("市财政局(国资委)");
        assertThat(units.search(gov, "国资", own)).hasSize(1);
        assertThat(units.search(gov, "%", own)).isEmpty();
        assertThatThrownBy(() -> units.create(gov, "财政局", "office", own))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.zh()).contains("已存在"));
    }
}
