package org.luoshi.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldTest {

    @Test
    void readsFullWidthPunctuationLikeItsAsciiTwin() {
        // \uFF08 \uFF09 \uFF1A \uFF0E \uFF0C \uFF05: the full-width forms DOCX and HTML pages print
        String printed = "\uFF08\u4E00\uFF09\u7275\u5934\u5355\u4F4D\uFF1A\u5E02\u6559\u80B2\u5C40\uFF0C1\uFF0E5\uFF05";
        assertThat(Fold.ascii(printed))
                .isEqualTo("(\u4E00)\u7275\u5934\u5355\u4F4D:\u5E02\u6559\u80B2\u5C40,1.5%")
                .hasSameSizeAs(printed);
        assertThat(Fold.ascii("\u5E8F\u3000\u53F7")).isEqualTo("\u5E8F \u53F7");
    }

    @Test
    void simplifiesTraditionalCharactersOneForOne() {
        String t = "\u7275\u982D\u55AE\u4F4D\u5B8C\u6210\u5E74\u5EA6\u8A08\u5283\u7684\u516B\u6210";
        assertThat(Fold.simplified(t))
                .isEqualTo("\u7275\u5934\u5355\u4F4D\u5B8C\u6210\u5E74\u5EA6\u8BA1\u5212\u7684\u516B\u6210")
                .hasSameSizeAs(t);
        String s = "\u65B0\u5EFA\u516C\u529E\u56ED";
        assertThat(Fold.simplified(s)).isSameAs(s);
    }

    @Test
    void dropsInsertedPinyinAndKeepsOffsets() {
        // 區(qū)域 with the pinyin a mirror site inserted
        String printed = "\u5340(q\u016B)\u57DF\u5EFA\u8A2D";
        Fold.Folded f = Fold.fold(printed);
        assertThat(f.text()).isEqualTo("\u5340\u57DF\u5EFA\u8A2D");
        assertThat(f.original(1)).isEqualTo(5);
        assertThat(printed.charAt(f.original(1))).isEqualTo('\u57DF');
        // a bracket that is not pinyin stays
        assertThat(Fold.fold("\u5E02\u6559\u80B2\u5C40(\u7275\u5934)").text())
                .isEqualTo("\u5E02\u6559\u80B2\u5C40(\u7275\u5934)");
        assertThat(Fold.fold("\u5E02(abc)").text()).isEqualTo("\u5E02(abc)");
    }

    @Test
    void joinsDigitsSplitBySpaces() {
        assertThat(Fold.fold("\u589E\u957F 1 0 . 6 %").text()).isEqualTo("\u589E\u957F 10.6%");
        assertThat(Fold.fold("\u589E\u957F5. 4 %\u3002").text()).isEqualTo("\u589E\u957F5.4%\u3002");
        Fold.Folded f = Fold.fold("\u8FBE 2 3 4 \u4E2A");
        assertThat(f.text()).isEqualTo("\u8FBE 234 \u4E2A");
        assertThat(f.original(f.text().indexOf('4'))).isEqualTo(6);
    }

    @Test
    void leavesNumbersThatAreNotSplitAlone() {
        for (String s : new String[] {
            "1. \u65B0\u5EFA\u57CE\u5E02\u4E66\u623F15\u4E2A", "1. 2020\u5E74\u5B8C\u6210",
                    "| 1 | \u5E02\u6559\u80B2\u5C40 |",
            "\u5B8C\u6210 72% 100%", "1 \u65B0\u5EFA", "2022 10 \u6708"
        }) {
            assertThat(Fold.fold(s).text()).as(s).isEqualTo(s);
        }
    }
}
