package org.luoshi.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The char-pair set the subject comparisons use. */
class PairsTest {

    @Test
    void holdsTheDistinctBigramsOfAText() {
        Pairs p = Pairs.of("污水管网污水");
        assertThat(p.size()).isEqualTo(4); // 污水 水管 管网 网污; the second 污水 is not new
        assertThat(p.contains(Pairs.pack('污', '水'))).isTrue();
        assertThat(p.contains(Pairs.pack('水', '污'))).isFalse();
    }

    @Test
    void growsPastItsFirstTableAndKeepsEveryPair() {
        StringBuilder b = new StringBuilder();
        for (char c = '一'; c < '一' + 500; c++) {
            b.append(c);
        }
        Pairs p = Pairs.of(b);
        assertThat(p.size()).isEqualTo(499);
        for (int i = 0; i + 1 < b.length(); i++) {
            assertThat(p.contains(Pairs.pack(b.charAt(i), b.charAt(i + 1)))).isTrue();
        }
        assertThat(p.contains(Pairs.pack('甲', '乙'))).isFalse();
    }

    @Test
    void keepsThePairOfTwoNulCharactersApartFromTheEmptyMark() {
        Pairs p = Pairs.empty(4);
        assertThat(p.contains(0)).isFalse();
        assertThat(p.add(0)).isTrue();
        assertThat(p.add(0)).isFalse();
        assertThat(p.contains(0)).isTrue();
        assertThat(p.size()).isEqualTo(1);
    }
}
