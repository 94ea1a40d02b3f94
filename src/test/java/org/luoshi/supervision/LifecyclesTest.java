package org.luoshi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.luoshi.DomainException;

/** Every transition of the three lifecycles, allowed and refused, at fixed instants. */
class LifecyclesTest {

    static final OffsetDateTime NOW = OffsetDateTime.of(2022, 10, 8, 9, 0, 0, 0, ZoneOffset.ofHours(8));

    static TaskReceipt aPendingReceipt() {
        return TaskReceipt.pending(1, 2, 3, 4);
    }

    static TaskReceipt anAcknowledgedReceipt() {
        TaskReceipt r = aPendingReceipt();
        r.acknowledge("unit", NOW);
        return r;
    }

    static TaskReceipt aDisputedReceipt() {
        TaskReceipt r = aPendingReceipt();
        r.dispute("目标应由市住建局牵头", "unit", NOW);
        return r;
    }

    static TaskClosure aDeclaredClosure() {
        return TaskClosure.declare(1, 2, 3, 4, "已建成污水管网12公里", "", "unit", NOW);
    }

    static TaskClosure aClosedClosure() {
        TaskClosure c = aDeclaredClosure();
        c.close("office", NOW);
        return c;
    }

    static TaskClosure aReturnedClosure() {
        TaskClosure c = aDeclaredClosure();
        c.sendBack("缺少验收材料", "office", NOW);
        return c;
    }

    static TaskClosure aReopenedClosure() {
        TaskClosure c = aClosedClosure();
        c.reopen("复查发现未完成", "office", NOW);
        return c;
    }

    static SupervisionItem anOpenItem() {
        return SupervisionItem.issue(
                1,
                3L,
                4,
                new SupervisionItem.Instruction(
                        SupervisionItem.Source.INSTRUCTION,
                        LocalDate.of(2022, 10, 8),
                        "\u821F\u59D4\u529E\u30142022\u301512\u53F7",
                        "市长",
                        "请加快推进"),
                LocalDate.of(2022, 10, 20));
    }

    static SupervisionItem aRepliedItem() {
        SupervisionItem i = anOpenItem();
        i.reply("已召开专题会");
        return i;
    }

    static SupervisionItem aClosedItem() {
        SupervisionItem i = aRepliedItem();
        i.close("office", NOW);
        return i;
    }

    static void refused(Runnable transition, String code) {
        assertThatThrownBy(transition::run)
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo(code);
    }

    @Nested
    class Receipts {

        @Test
        void acknowledgesAPendingReceipt() {
            TaskReceipt r = anAcknowledgedReceipt();
            assertThat(r.state()).isEqualTo(TaskReceipt.State.ACKNOWLEDGED);
            assertThat(r.actedBy()).isEqualTo("unit");
        }

        @Test
        void acknowledgesADisputedReceiptOnceSettled() {
            TaskReceipt r = aDisputedReceipt();
            r.acknowledge("unit", NOW);
            assertThat(r.state()).isEqualTo(TaskReceipt.State.ACKNOWLEDGED);
            assertThat(r.remark()).isEqualTo("目标应由市住建局牵头");
        }

        @Test
        void refusesToAcknowledgeTwice() {
            refused(() -> anAcknowledgedReceipt().acknowledge("unit", NOW), "supervision.wrong-state.acknowledge");
        }

        @Test
        void refusesToDisputeAnAcknowledgedOrDisputedReceipt() {
            refused(() -> anAcknowledgedReceipt().dispute("x", "unit", NOW), "supervision.wrong-state.dispute");
            refused(() -> aDisputedReceipt().dispute("x", "unit", NOW), "supervision.wrong-state.dispute");
        }

        @Test
        void refusesADisputeWithoutRemark() {
            TaskReceipt r = aPendingReceipt();
            refused(() -> r.dispute("  ", "unit", NOW), "supervision.reason-required");
            assertThat(r.state()).isEqualTo(TaskReceipt.State.PENDING);
        }
    }

    @Nested
    class Closings {

        @Test
        void closesADeclaredTaskKeepingItsDate() {
            TaskClosure c = aClosedClosure();
            assertThat(c.closed()).isTrue();
            assertThat(c.closedOn()).isEqualTo(LocalDate.of(2022, 10, 8));
        }

        @Test
        void aReturnedOrReopenedTaskMayBeDeclaredAgain() {
            TaskClosure returned = aReturnedClosure();
            assertThat(returned.reason()).isEqualTo("缺少验收材料");
            returned.redeclare("补充了验收材料", "验收报告.pdf", "unit", NOW);
            assertThat(returned.state()).isEqualTo(TaskClosure.State.DECLARED);
            assertThat(returned.reason()).isNull();

            TaskClosure reopened = aReopenedClosure();
            assertThat(reopened.closedOn()).isNull();
            reopened.redeclare("已整改", "", "unit", NOW);
            assertThat(reopened.state()).isEqualTo(TaskClosure.State.DECLARED);
        }

        @Test
        void refusesADeclarationWithoutReport() {
            refused(() -> TaskClosure.declare(1, 2, 3, 4, " ", "", "unit", NOW), "supervision.text-required");
        }

        @Test
        void refusesToDeclareATaskDeclaredOrClosed() {
            refused(() -> aDeclaredClosure().redeclare("again", "", "unit", NOW), "supervision.wrong-state.declare");
            refused(() -> aClosedClosure().redeclare("again", "", "unit", NOW), "supervision.wrong-state.declare");
        }

        @Test
        void refusesToCloseATaskNotDeclared() {
            refused(() -> aClosedClosure().close("office", NOW), "supervision.wrong-state.close");
            refused(() -> aReturnedClosure().close("office", NOW), "supervision.wrong-state.close");
            refused(() -> aReopenedClosure().close("office", NOW), "supervision.wrong-state.close");
        }

        @Test
        void refusesToSendBackATaskNotDeclaredOrWithoutReason() {
            refused(() -> aClosedClosure().sendBack("x", "office", NOW), "supervision.wrong-state.send-back");
            refused(() -> aReturnedClosure().sendBack("x", "office", NOW), "supervision.wrong-state.send-back");
            refused(() -> aDeclaredClosure().sendBack("", "office", NOW), "supervision.reason-required");
        }

        @Test
        void refusesToReopenATaskNotClosedOrWithoutReason() {
            refused(() -> aDeclaredClosure().reopen("x", "office", NOW), "supervision.wrong-state.reopen");
            refused(() -> aReturnedClosure().reopen("x", "office", NOW), "supervision.wrong-state.reopen");
            refused(() -> aReopenedClosure().reopen("x", "office", NOW), "supervision.wrong-state.reopen");
            TaskClosure closed = aClosedClosure();
            refused(() -> closed.reopen(" ", "office", NOW), "supervision.reason-required");
            assertThat(closed.closed()).isTrue();
        }
    }

    @Nested
    class SupervisionItems {

        @Test
        void aReplyThenClosing() {
            SupervisionItem i = aClosedItem();
            assertThat(i.state()).isEqualTo(SupervisionItem.State.CLOSED);
            assertThat(i.closedBy()).isEqualTo("office");
        }

        @Test
        void theUnitRepliesSeveralTimesAndAfterAPress() {
            SupervisionItem i = aRepliedItem();
            i.reply("已完成选址");
            i.press("进度仍滞后", LocalDate.of(2022, 10, 31));
            assertThat(i.state()).isEqualTo(SupervisionItem.State.PRESSED);
            assertThat(i.presses()).isEqualTo(1);
            assertThat(i.deadline()).isEqualTo(LocalDate.of(2022, 10, 31));
            i.reply("已开工");
            assertThat(i.state()).isEqualTo(SupervisionItem.State.REPLIED);
        }

        @Test
        void refusesToCloseAnItemWithoutReply() {
            refused(() -> anOpenItem().close("office", NOW), "supervision.wrong-state.item-close");
            SupervisionItem pressed = aRepliedItem();
            pressed.press("再督办", null);
            refused(() -> pressed.close("office", NOW), "supervision.wrong-state.item-close");
        }

        @Test
        void aClosedItemRefusesEverything() {
            refused(() -> aClosedItem().reply("x"), "supervision.wrong-state.reply");
            refused(() -> aClosedItem().press("x", null), "supervision.wrong-state.press");
            refused(() -> aClosedItem().close("office", NOW), "supervision.wrong-state.item-close");
        }

        @Test
        void refusesEmptyRepliesPressesWithoutReasonAndEarlyDeadlines() {
            refused(() -> anOpenItem().reply(" "), "supervision.text-required");
            refused(() -> anOpenItem().press("", null), "supervision.reason-required");
            refused(() -> anOpenItem().press("x", LocalDate.of(2022, 10, 1)), "supervision.deadline-before-source");
            refused(
                    () -> SupervisionItem.issue(1, null, 4, anOpenItem().instruction(), LocalDate.of(2022, 10, 7)),
                    "supervision.deadline-before-source");
            refused(
                    () -> SupervisionItem.issue(1, null, 4, anOpenItem().instruction(), null),
                    "supervision.date-required");
            refused(() -> SupervisionItem.Source.of("rumour"), "supervision.bad-source");
            refused(
                    () -> new SupervisionItem.Instruction(
                            SupervisionItem.Source.MEETING, LocalDate.of(2022, 1, 1), "", "市长", " "),
                    "supervision.text-required");
        }

        @Test
        void redWhenOverdueYellowWithinTheWarningDays() {
            SupervisionItem i = anOpenItem(); // deadline 2022-10-20
            assertThat(i.signal(LocalDate.of(2022, 10, 10), 3)).isEqualTo(SupervisionItem.Signal.NONE);
            assertThat(i.signal(LocalDate.of(2022, 10, 17), 3)).isEqualTo(SupervisionItem.Signal.YELLOW);
            assertThat(i.signal(LocalDate.of(2022, 10, 20), 3)).isEqualTo(SupervisionItem.Signal.YELLOW);
            assertThat(i.signal(LocalDate.of(2022, 10, 21), 3)).isEqualTo(SupervisionItem.Signal.RED);
            assertThat(i.signal(LocalDate.of(2022, 10, 14), 7)).isEqualTo(SupervisionItem.Signal.YELLOW);
            assertThat(aClosedItem().signal(LocalDate.of(2022, 12, 1), 3)).isEqualTo(SupervisionItem.Signal.NONE);
        }
    }
}
