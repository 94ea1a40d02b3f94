package org.luoshi.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HanziTest {

    @Test
    void turnsFullWidthPunctuationAndDigitsIntoAscii() {
        assertThat(Hanzi.normalize("完成\uFF18\uFF12\uFF05\uFF0C已\uFF08部分\uFF09完成\uFF1B"))
                .isEqualTo("完成82%,已(部分)完成;");
    }

    @Test
    void turnsIdeographicAndNoBreakSpacesIntoSpaces() {
        assertThat(Hanzi.normalize("296.47\u3000亿元\u00A0")).isEqualTo("296.47 亿元 ");
    }

    @Test
    void readsTraditionalCueWordsAsSimplified() {
        assertThat(Hanzi.normalize("項目暫緩,數據尚在核算,進度滯後")).isEqualTo("项目暂缓,数据尚在核算,进度滞后");
    }

    @Test
    void leavesNullAndEmptyAsEmpty() {
        assertThat(Hanzi.normalize(null)).isEmpty();
        assertThat(Hanzi.normalize("")).isEmpty();
    }
}
