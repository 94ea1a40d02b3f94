package org.luoshi.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.luoshi.DomainException;

class TaskDraftTest {

    @Test
    void stripsFieldsAndKeepsEachUnitOnceLeadFirst() {
        var d = new TaskDraft(" 3 ", " 内容 ", null, Arrays.asList(1L, 2L, 1L, null), List.of(2L, 3L, 3L), null, " 6月底 ");
        assertThat(d.number()).isEqualTo("3");
        assertThat(d.content()).isEqualTo("内容");
        assertThat(d.category()).isEmpty();
        assertThat(d.leadUnits()).containsExactly(1L, 2L);
        assertThat(d.coUnits()).containsExactly(3L);
        assertThat(d.deadline()).isEqualTo("6月底");
    }

    @Test
    void rejectsAnEmptyContentOrNoLeadUnit() {
        assertThatThrownBy(() -> new TaskDraft("1", "", "", List.of(1L), List.of(), "", "").checked())
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("edit.task.content.empty"));
        assertThatThrownBy(() -> new TaskDraft("1", "内容", "", List.of(), List.of(1L), "", "").checked())
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("edit.task.lead.empty"));
    }

    @Test
    void rejectsAFieldLongerThanItsColumnNamingIt() {
        assertThatThrownBy(() -> new TaskDraft("1", "内容", "", List.of(1L), List.of(), "领".repeat(201), "").checked())
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("edit.field.tooLong");
                    assertThat(e.en()).contains("\"leader\"").contains("200");
                });
    }
}
