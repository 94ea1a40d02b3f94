package org.luoshi.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.luoshi.DomainException;

class IndexPatternTest {

    @Test
    void writesZhoushansExistingNumber() {
        assertThat(IndexPattern.DEFAULT.format("001008009005001", 2022, 189013))
                .isEqualTo("001008009005001/2022-189013");
    }

    @Test
    void padsTheSerialToItsWidth() {
        assertThat(new IndexPattern("{code}/{year}-{serial:5}").format("330900", 2024, 7))
                .isEqualTo("330900/2024-00007");
    }

    @Test
    void takesOtherLayoutsAndAnUnpaddedSerial() {
        assertThat(new IndexPattern("ZS-{year}-{code}-{serial}").format("A1", 2023, 42))
                .isEqualTo("ZS-2023-A1-42");
    }

    @Test
    void rejectsAPatternWithoutSerial() {
        assertThatThrownBy(() -> new IndexPattern("{code}/{year}")).isInstanceOf(DomainException.class);
    }

    @Test
    void rejectsAPatternWithTwoSerials() {
        assertThatThrownBy(() -> new IndexPattern("{serial}-{serial}")).isInstanceOf(DomainException.class);
    }
}
