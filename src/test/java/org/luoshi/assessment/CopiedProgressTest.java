package org.luoshi.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The prefix-filtered join finds exactly what comparing every pair finds, and stays linear on repeated texts. */
class CopiedProgressTest {

    private static final String[] PHRASES = {
        "完成投资",
        "同比增长",
        "已开工建设",
        "累计完成",
        "签约项目",
        "新建改造",
        "污水管网",
        "亿元",
        "公里",
        "万平方米",
        "前三季度",
        "全市实现",
        "一般公共预算收入",
        "正在推进",
        "已完成年度目标",
        "招商引资",
        "固定资产投资",
        "户",
        "家企业",
    };

    @Test
    void findsTheSamePairsAsComparingEveryPair() {
        Random random = new Random(20261129);
        for (int round = 0; round < 200; round++) {
            List<String> texts = new ArrayList<>();
            int n = 2 + random.nextInt(30);
            for (int i = 0; i < n; i++) {
                if (!texts.isEmpty() && random.nextInt(3) == 0) {
                    texts.add(edit(texts.get(random.nextInt(texts.size())), random)); // a near copy
                } else {
                    texts.add(fresh(random));
                }
            }
            assertThat(CopiedProgress.find(texts, 20, PeriodFindings.SAME_TEXT))
                    .as("texts %s", texts)
                    .isEqualTo(everyPair(texts, 20, PeriodFindings.SAME_TEXT));
        }
    }

    @Test
    void reportsEachCopyOnceAgainstTheFirstText() {
        String text = "截至9月底,累计完成投资12.5亿元,占年度计划的78%,项目主体结构已封顶。";
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            texts.add(i % 2 == 0 ? text : "项目" + i + "已完成前期工作,正在办理施工许可,预计" + (i % 12 + 1) + "月开工。");
        }

        Map<Integer, Integer> copies = CopiedProgress.find(texts, 20, PeriodFindings.SAME_TEXT);

        // The pasted text: each later copy once, against the first. (The other rows differ only in their figures,
        // so they are near copies of one another as well: every one but the first of them is reported too.)
        assertThat(copies.entrySet().stream().filter(e -> e.getKey() % 2 == 0))
                .hasSize(9_999)
                .allMatch(e -> e.getValue() == 0);
        assertThat(copies).doesNotContainKey(0).doesNotContainKey(1);
    }

    private static Map<Integer, Integer> everyPair(List<String> texts, int minLength, double same) {
        Map<Integer, Integer> copies = new HashMap<>();
        for (int j = 0; j < texts.size(); j++) {
            for (int i = 0; i < j; i++) {
                if (texts.get(i).length() >= minLength
                        && texts.get(j).length() >= minLength
                        && TextSimilarity.of(texts.get(i), texts.get(j)) >= same) {
                    copies.put(j, i);
                    break;
                }
            }
        }
        return copies;
    }

    private static String fresh(Random random) {
        StringBuilder sb = new StringBuilder();
        int parts = 3 + random.nextInt(8);
        for (int i = 0; i < parts; i++) {
            sb.append(PHRASES[random.nextInt(PHRASES.length)])
                    .append(random.nextInt(100))
                    .append(random.nextBoolean() ? "," : "。");
        }
        return sb.toString();
    }

    private static String edit(String text, Random random) {
        StringBuilder sb = new StringBuilder(text);
        int edits = random.nextInt(4);
        for (int i = 0; i < edits && sb.length() > 1; i++) {
            int at = random.nextInt(sb.length());
            switch (random.nextInt(3)) {
                case 0 -> sb.deleteCharAt(at);
                case 1 -> sb.insert(at, PHRASES[random.nextInt(PHRASES.length)].charAt(0));
                default -> sb.setCharAt(at, ',');
            }
        }
        return sb.toString();
    }
}
