package org.luoshi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.luoshi.DomainException;
import org.luoshi.account.LuoshiUser;
import org.luoshi.plan.PlanImporter;
import org.luoshi.progress.PeriodForm;
import org.luoshi.progress.ReportQueries;
import org.luoshi.progress.ReportViews.WorkFilter;
import org.luoshi.progress.Reporting;
import org.luoshi.supervision.SupervisionViews.ReceiptRow;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * The loop through its real transitions on the test database (H2, or PostgreSQL with LUOSHI_TEST_DB): issue and
 * receipts, closing and its effect on the work lists, 督办单 with replies, each refused step and its audit.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SupervisionLoopIT {

    @Autowired
    TestData data;

    @Autowired
    PlanImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Issuing issuing;

    @Autowired
    Closing closing;

    @Autowired
    Instructions instructions;

    @Autowired
    SupervisionQueries queries;

    @Autowired
    LoopReminders reminders;

    @Autowired
    Reporting reporting;

    @Autowired
    ReportQueries reports;

    long planId;
    long sewerTask;
    long sewerUnit;
    long otherUnit;
    LuoshiUser office;
    LuoshiUser reporter;
    LuoshiUser approver;
    LuoshiUser stranger;
    LuoshiUser leader;

    @BeforeEach
    void plan() {
        planId = LoopPlan.of(importer);
        sewerTask = data.task(planId, "82");
        sewerUnit = data.leadUnit(planId, "82");
        otherUnit = data.leadUnit(planId, "1");
        office = data.acting("loop-office", "OFFICE", "舟山市");
        leader = data.acting("loop-leader", "LEADER", "舟山市");
        reporter = data.as(data.unitUser("loop-reporter", "REPORTER", "舟山市", sewerUnit));
        approver = data.as(data.unitUser("loop-approver", "APPROVER", "舟山市", sewerUnit));
        stranger = data.as(data.unitUser("loop-stranger", "REPORTER", "舟山市", otherUnit));
        if (!issuing.issued(planId)) {
            issuing.issue(planId, office);
        }
    }

    private long audits(String action) {
        return jdbc.sql("select count(*) from audit_event where action = :a")
                .param("a", action)
                .query(Long.class)
                .single();
    }

    private ReceiptRow receipt(LuoshiUser user, long taskId) {
        return queries.receipts(planId, user).stream()
                .filter(r -> r.taskId() == taskId && r.lead())
                .findFirst()
                .orElseThrow();
    }

    @Test
    @Order(1)
    void issuingCreatesOnePendingReceiptPerTaskAndLeadUnitOnce() {
        int receipts = jdbc.sql("select count(*) from task_receipt where plan_id = :p")
                .param("p", planId)
                .query(Integer.class)
                .single();
        int slots = jdbc.sql("""
                        select count(*) from (select distinct tu.task_id, tu.unit_id from task_unit tu
                        join task t on t.id = tu.task_id where t.plan_id = :p and tu.role = 'lead') s""").param("p", planId).query(Integer.class).single();
        assertThat(receipts).isEqualTo(slots).isGreaterThan(50);
        assertThatThrownBy(() -> issuing.issue(planId, office))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("已下达");
        assertThatThrownBy(() -> issuing.issue(planId, leader)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> issuing.issue(planId, reporter)).isInstanceOf(AccessDeniedException.class);
        assertThat(audits("plan.issue")).isGreaterThanOrEqualTo(1);
    }

    @Test
    @Order(2)
    void aUnitAcknowledgesOrDisputesOnlyItsOwnTasks() {
        ReceiptRow sewer = receipt(reporter, sewerTask);
        assertThat(sewer.state()).isEqualTo("pending");
        assertThat(queries.receipts(planId, reporter)).allMatch(r -> r.unitId() == sewerUnit);

        assertThatThrownBy(() -> issuing.acknowledge(sewer.id(), stranger)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> issuing.acknowledge(sewer.id(), office)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> issuing.dispute(sewer.id(), " ", reporter))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("理由");

        issuing.dispute(sewer.id(), "应由市住建局牵头", reporter);
        assertThat(receipt(office, sewerTask).remark()).isEqualTo("应由市住建局牵头");
        assertThat(receipt(office, sewerTask).state()).isEqualTo("disputed");

        int all = issuing.acknowledgeAll(planId, approver);
        assertThat(all).isGreaterThanOrEqualTo(0);
        assertThat(queries.receipts(planId, approver).stream().filter(ReceiptRow::lead))
                .allMatch(r -> !r.state().equals("pending"));
        assertThat(receipt(reporter, sewerTask).state()).isEqualTo("disputed");
        issuing.acknowledge(sewer.id(), approver);
        assertThat(receipt(reporter, sewerTask).state()).isEqualTo("acknowledged");
        assertThatThrownBy(() -> issuing.acknowledge(sewer.id(), reporter))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo("supervision.wrong-state.acknowledge");
        assertThat(audits("receipt.dispute")).isGreaterThanOrEqualTo(1);
        assertThat(audits("receipt.acknowledge")).isGreaterThanOrEqualTo(1);
    }

    @Test
    @Order(3)
    void coUnitsSeeTheTasksTheyShare() {
        // The sample names no co-units: the unit of task 1 is named a co-unit of the sewer task, as a document would.
        long coUnit = otherUnit;
        jdbc.sql("""
                        insert into task_unit (task_id, government_id, role, seq, unit_id)
                        select t.id, t.government_id, 'co', 1, :u from task t where t.id = :t
                          and not exists (select 1 from task_unit x where x.task_id = t.id and x.role = 'co')""").param("u", coUnit).param("t", sewerTask).update();
        LuoshiUser co = stranger;
        List<ReceiptRow> rows = queries.receipts(planId, co);
        assertThat(rows).anyMatch(r -> !r.lead() && r.state().equals("shared") && r.taskId() == sewerTask);
        assertThat(rows).anyMatch(ReceiptRow::lead);
        assertThat(rows).allMatch(r -> r.unitId() == coUnit);
    }

    @Test
    @Order(4)
    void unacknowledgedReceiptsAreRemindedOnceADayAfterTheDaysAllowed() {
        LocalDate today = LocalDate.now();
        assertThat(reminders.sendDue(today)).as("not yet due").isZero();
        int sent = reminders.sendDue(today.plusDays(3));
        assertThat(sent).isPositive();
        assertThat(reminders.sendDue(today.plusDays(3))).as("once a day").isZero();
        assertThat(queries.receipts(planId, office)).noneMatch(r -> r.state().equals("acknowledged") && r.overdue());
    }

    @Test
    @Order(5)
    void onlyTheLeadUnitDeclaresAndOnlyTheOfficeCloses() {
        assertThatThrownBy(() -> closing.declare(sewerTask, "已完成", "", stranger))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> closing.declare(sewerTask, "  ", "", reporter))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("内容");
        TaskClosure declared = closing.declare(sewerTask, "已建成污水管网12公里\uFF0C超额完成", "", reporter);
        assertThat(declared.state()).isEqualTo(TaskClosure.State.DECLARED);
        assertThatThrownBy(() -> closing.close(sewerTask, declared.version(), reporter))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> closing.close(sewerTask, declared.version(), leader))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> closing.close(sewerTask, declared.version() + 1, office))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("刷新");

        TaskClosure returned = closing.sendBack(sewerTask, declared.version(), "缺少验收材料", office);
        assertThat(returned.reason()).isEqualTo("缺少验收材料");
        TaskClosure again = closing.declare(sewerTask, "补充验收材料", "验收报告", approver);
        TaskClosure closed = closing.close(sewerTask, again.version(), office);
        assertThat(closed.closedOn()).isEqualTo(LocalDate.now());
        assertThat(queries.closures(office, "closed")).anyMatch(c -> c.taskId() == sewerTask);
        assertThat(audits("task.close")).isGreaterThanOrEqualTo(1);
    }

    @Test
    @Order(6)
    void aClosedTaskLeavesTheNextPeriodsWorkListAndReopensOnlyByTheOffice() {
        TaskClosure closed = closing.of(sewerTask, office).orElseThrow();
        assertThat(closed.closed()).isTrue();
        long periodId = reporting.openPeriod(
                planId,
                new PeriodForm("全年(闭环)", LocalDate.of(2019, 12, 31), LocalDate.of(2020, 1, 10), BigDecimal.ONE),
                office);
        int slots = jdbc.sql("select count(*) from progress_report where period_id = :p and task_id = :t")
                .param("p", periodId)
                .param("t", sewerTask)
                .query(Integer.class)
                .single();
        assertThat(slots).isZero();
        assertThat(reports.period(periodId, WorkFilter.none(), office)).noneMatch(r -> r.taskId() == sewerTask);
        assertThat(reports.period(periodId, WorkFilter.none(), office)).isNotEmpty();

        assertThatThrownBy(() -> closing.reopen(sewerTask, closed.version(), "复查未完成", reporter))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> closing.reopen(sewerTask, closed.version(), "", office))
                .isInstanceOf(DomainException.class);
        TaskClosure reopened = closing.reopen(sewerTask, closed.version(), "复查未完成", office);
        assertThat(reopened.state()).isEqualTo(TaskClosure.State.REOPENED);
        assertThat(reopened.closedOn()).isNull();
        assertThatThrownBy(() -> closing.reopen(sewerTask, reopened.version(), "再开", office))
                .isInstanceOf(DomainException.class);
        assertThat(audits("task.reopen")).isGreaterThanOrEqualTo(1);
    }

    @Test
    @Order(7)
    void aLeadersInstructionBecomesAnItemTheUnitRepliesToAndTheOfficeCloses() {
        var form = new InstructionForm(
                sewerTask,
                null,
                "instruction",
                LocalDate.now(),
                "舟政办\u30142019\u30158号",
                "市长",
                "请加快污水管网建设进度",
                LocalDate.now().plusDays(2));
        assertThatThrownBy(() -> instructions.write(form, reporter)).isInstanceOf(AccessDeniedException.class);
        long id = instructions.write(form, leader);
        SupervisionItem item = instructions.readable(id, reporter);
        assertThat(item.unitId()).isEqualTo(sewerUnit);
        assertThat(queries.items(reporter, true))
                .anyMatch(r -> r.id() == id && r.signal().equals("yellow"));
        assertThat(queries.items(stranger, false)).noneMatch(r -> r.id() == id);
        assertThatThrownBy(() -> instructions.readable(id, stranger)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> instructions.reply(id, "x", stranger)).isInstanceOf(DomainException.class);

        assertThatThrownBy(() -> instructions.close(id, item.version(), office))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo("supervision.wrong-state.item-close");
        SupervisionItem replied = instructions.reply(id, "已召开专题会部署", reporter);
        replied = instructions.reply(id, "已完成管网招标", approver);
        assertThatThrownBy(() ->
                        instructions.close(id, instructions.readable(id, office).version(), reporter))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        instructions.close(id, instructions.readable(id, office).version(), leader))
                .isInstanceOf(AccessDeniedException.class);
        SupervisionItem pressed = instructions.press(
                id, replied.version(), "进度仍滞后", LocalDate.now().plusDays(10), office);
        assertThat(pressed.presses()).isEqualTo(1);
        SupervisionItem again = instructions.reply(id, "已开工", reporter);
        SupervisionItem closed = instructions.close(id, again.version(), office);
        assertThat(closed.state()).isEqualTo(SupervisionItem.State.CLOSED);
        assertThatThrownBy(() -> instructions.reply(id, "x", reporter)).isInstanceOf(DomainException.class);
        assertThat(instructions.history(id, office))
                .extracting(SupervisionViews.ItemEntry::kind)
                .containsExactly("reply", "reply", "press", "reply", "close");
        assertThat(audits("item.close")).isGreaterThanOrEqualTo(1);
    }

    @Test
    @Order(8)
    void anItemAsANewEntryNeedsAUnitOfTheGovernmentADateAndASource() {
        var noUnit = new InstructionForm(
                null,
                null,
                "meeting",
                LocalDate.now(),
                "",
                "市长",
                "专题会议定事项",
                LocalDate.now().plusDays(30));
        assertThatThrownBy(() -> instructions.write(noUnit, office)).isInstanceOf(DomainException.class);
        var badSource = new InstructionForm(
                null,
                otherUnit,
                "rumour",
                LocalDate.now(),
                "",
                "市长",
                "x",
                LocalDate.now().plusDays(30));
        assertThatThrownBy(() -> instructions.write(badSource, office))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("来源");
        var overdue = new InstructionForm(
                null,
                otherUnit,
                "superior",
                LocalDate.now().minusDays(20),
                "浙政办\u30142019\u30153号",
                "省政府",
                "上级交办事项",
                LocalDate.now().minusDays(1));
        long id = instructions.write(overdue, office);
        assertThat(queries.items(office, true))
                .anyMatch(r -> r.id() == id && r.signal().equals("red"));
        assertThat(queries.items(stranger, true)).anyMatch(r -> r.id() == id);
    }
}
