package org.luoshi.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseTest {

    @Test
    void turnsTraditionalIntoSimplifiedKeepingTheLength() {
        String t = "新建改建污水管網10公里,完成年度計劃的85%";
        assertThat(Chinese.simplified(t)).isEqualTo("新建改建污水管网10公里,完成年度计划的85%").hasSameSizeAs(t);
        assertThat(Chinese.simplified("牽頭單位")).isEqualTo("牵头单位");
    }

    @Test
    void leavesSimplifiedTextAlone() {
        String s = "序号工作内容牵头单位三季度进展情况舟山市财政局(国资委)";
        assertThat(Chinese.simplified(s)).isSameAs(s);
        assertThat(Chinese.fold(s)).isEqualTo(s);
    }

    @Test
    void foldsFullWidthPunctuationAndDropsWhitespace() {
        assertThat(Chinese.fold("序 号:(一)")).isEqualTo("序号:(一)");
    }
}
