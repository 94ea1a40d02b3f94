package org.luoshi.text;

import java.math.BigDecimal;

/**
 * A figure found by {@link QuantityScanner}, with what the scanner learnt around it. It becomes a
 * {@link Quantity} once the caller decides it matters.
 *
 * @param start       offset of the first character of the figure's text (a cue such as 增长 included)
 * @param numberStart offset of the number itself
 * @param end         offset after the last character (unit and 以上/左右 included)
 * @param clause      the clause text before the number, for the metric and for linking
 * @param sentence    the sentence text before the number (clauses joined by commas carry the subject)
 * @param after       the rest of the clause after the figure ("5家村卫生室规范化建设" → "村卫生室规范化建设")
 * @param goalMet     the rest of the sentence says the year's goal is met (已提前超额完成年度目标任务)
 * @param annual      a completion share measured against the year's task (完成年度任务的77%)
 * @param heading     the figure's clause ends with a colon: it introduces the items listed after it
 *                    ("8个城镇污水零直排区建设:…"), a total rather than work done
 * @param item        one figure of a 分别 list ("规上工业增加值、固定资产投资分别增长8%、10%"): its metric is the list
 *                    item it stands for, and only that item links it to a target
 */
record Mention(
        int start,
        int numberStart,
        int end,
        BigDecimal value,
        BigDecimal magnitude,
        String unit,
        Comparison comparison,
        QuantityKind kind,
        String metric,
        String clause,
        String sentence,
        String after,
        boolean goalMet,
        boolean annual,
        boolean heading,
        boolean item) {

    Quantity toQuantity(String source, String asOf) {
        return new Quantity(
                source.substring(start, end), metric, kind, value, magnitude, unit, comparison, asOf, start);
    }

    /** This figure standing for one item of a 分别 list, measuring {@code itemMetric}. */
    Mention asItem(String itemMetric) {
        return new Mention(
                start,
                numberStart,
                end,
                value,
                magnitude,
                unit,
                comparison,
                kind,
                itemMetric,
                clause,
                sentence,
                after,
                goalMet,
                annual,
                heading,
                true);
    }

    BigDecimal normalized() {
        return value.multiply(magnitude).stripTrailingZeros();
    }
}
