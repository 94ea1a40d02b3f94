package org.luoshi.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnitsTest {

    @Test
    void splitsOnEnumerationCommaCommaSlashAndLineBreaks() {
        assertThat(Units.split("市发改委、市经信局,市财政局/市税务局\n市商务局").lead())
                .containsExactly("市发改委", "市经信局", "市财政局", "市税务局", "市商务局");
    }

    @Test
    void keepsAParenthesisedPartWithItsUnit() {
        assertThat(Units.split("市财政局(国资委)、市委组织部(市委人才办)").lead()).containsExactly("市财政局(国资委)", "市委组织部(市委人才办)");
    }

    @Test
    void joinsALineThatOpensWithABracketToTheUnitAbove() {
        assertThat(Units.split("市财政局\n(市国资委)").lead()).containsExactly("市财政局(市国资委)");
    }

    @Test
    void letsOnlyMarkedUnitsLead() {
        Units.Split s = Units.split("市发改委、▲市经信局、市财政局");
        assertThat(s.lead()).containsExactly("市经信局");
        assertThat(s.co()).containsExactly("市发改委", "市财政局");
    }

    @Test
    void recognisesUnitNamesAndRejectsSentences() {
        assertThat(Units.looksLikeUnits("市政务服务办、市大数据局")).isTrue();
        assertThat(Units.looksLikeUnits("高新区管委会")).isTrue();
        assertThat(Units.looksLikeUnits("民政局")).isTrue();
        assertThat(Units.looksLikeUnits("已完成12公里。")).isFalse();
        assertThat(Units.looksLikeUnits("正在加快推进项目建设")).isFalse();
    }
}
