package org.luoshi.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ChineseNumberTest {

    private static BigDecimal n(String s) {
        return ChineseNumber.parse(s);
    }

    @Test
    void readsArabicWithThousandsSeparators() {
        assertThat(n("1,234")).isEqualByComparingTo("1234");
        assertThat(n("12,345,678.5")).isEqualByComparingTo("12345678.5");
    }

    @Test
    void readsFullWidthDigits() {
        assertThat(n("１２３")).isEqualByComparingTo("123");
    }

    @Test
    void readsDecimals() {
        assertThat(n("296.47")).isEqualByComparingTo("296.47");
    }

    @Test
    void readsChineseNumeralsWithLiang() {
        assertThat(n("两")).isEqualByComparingTo("2");
        assertThat(n("两千")).isEqualByComparingTo("2000");
    }

    @Test
    void readsChineseNumeralsWithUnits() {
        assertThat(n("十二")).isEqualByComparingTo("12");
        assertThat(n("三千五百")).isEqualByComparingTo("3500");
        assertThat(n("一万二千")).isEqualByComparingTo("12000");
        assertThat(n("一百零五")).isEqualByComparingTo("105");
        assertThat(n("三亿五千万")).isEqualByComparingTo("350000000");
    }

    @Test
    void readsChineseDecimalPoint() {
        assertThat(n("三点五")).isEqualByComparingTo("3.5");
    }

    @Test
    void readsFractionSanFenZhiYi() {
        assertThat(n("三分之一")).isEqualByComparingTo("33.33");
        assertThat(n("四分之三")).isEqualByComparingTo("75");
    }

    @Test
    void returnsNullForWhatIsNotANumber() {
        assertThat(n("")).isNull();
        assertThat(n("舟山")).isNull();
        assertThat(n("三五")).isNull();
        assertThat(n("1.2.3")).isNull();
        assertThat(n(null)).isNull();
    }
}
