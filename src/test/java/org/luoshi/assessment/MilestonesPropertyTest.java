package org.luoshi.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.luoshi.assessment.Quantities.q;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.luoshi.text.Quantity;

/** Properties of milestones over generated tasks (hand-rolled generators, fixed seeds so a failure repeats). */
class MilestonesPropertyTest {

    private static final int RUNS = 2_000;
    private static final String[] TIMES = {
        "上半年", "年中", "一季度", "第二季度", "三季度末", "前三季度", "四季度", "年底前", "年内", "年末", "6月底前", "9月前", "十月底前", "3月末"
    };
    /** An event as a task sets it, and ways a report says it happened. */
    private static final String[][] EVENTS = {
        {"开工", "已开工", "开工建设", "正式开工", "已于5月开工"},
        {"建成", "已建成", "建成", "顺利建成"},
        {"竣工", "已竣工", "竣工验收"},
        {"投用", "已投用", "已投入使用"},
        {"通车", "已通车", "建成通车"},
        {"印发", "已印发", "正式印发"},
        {"签约", "已签约", "签订协议"},
        {"开业", "已开业", "正式开业"}
    };

    private static final String[] SUBJECTS = {"城东大桥", "市民服务中心", "首期项目", "实施方案", "污水处理厂"};
    private static final String[] OTHERS = {"", "完成桩基120根。", "累计完成投资3.2亿元。", "后续工作有序推进。"};

    private final Rules rules = new Rules();

    @Test
    void movingThePeriodEndLaterNeverTurnsAMetMilestoneIntoBehind() {
        Random random = new Random(20220630L);
        for (int run = 0; run < RUNS; run++) {
            String time = TIMES[random.nextInt(TIMES.length)];
            String[] event = EVENTS[random.nextInt(EVENTS.length)];
            String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
            String content = switch (random.nextInt(3)) {
                case 0 -> "确保" + subject + time + event[0] + "。";
                case 1 -> "加快推进" + subject + "建设," + time + event[0] + "。";
                default -> "加快推进" + subject + "建设," + time + event[0] + ",争取引进头部企业,同步谋划二期。";
            };
            String progress =
                    subject + event[1 + random.nextInt(event.length - 1)] + "。" + OTHERS[random.nextInt(OTHERS.length)];
            int earlier = 1 + random.nextInt(12);
            int later = earlier + random.nextInt(13 - earlier);
            Status before = rules.judge(new TaskFacts(content, List.of(), progress, List.of(), share(earlier)))
                    .status();
            Status after = rules.judge(new TaskFacts(content, List.of(), progress, List.of(), share(later)))
                    .status();

            assertThat(before)
                    .as("run %d, month %d: %s / %s", run, earlier, content, progress)
                    .isNotEqualTo(Status.BEHIND);
            assertThat(after)
                    .as("run %d, month %d after %d (%s): %s / %s", run, later, earlier, before, content, progress)
                    .isNotEqualTo(Status.BEHIND);
        }
    }

    @Test
    void movingThePeriodEndLaterNeverTurnsAMetMilestoneTargetIntoBehind() {
        Random random = new Random(10L);
        for (int run = 0; run < RUNS; run++) {
            String time = TIMES[random.nextInt(TIMES.length)];
            int goal = 1 + random.nextInt(50);
            int got = goal + random.nextInt(10);
            String content = time + "建成污水管网" + goal + "公里。";
            Quantity target = q(goal + "公里")
                    .metric("污水管网")
                    .amount(String.valueOf(goal), "公里")
                    .build();
            Quantity actual = q(got + "公里")
                    .metric("污水管网")
                    .amount(String.valueOf(got), "公里")
                    .build();
            String progress = "建成污水管网" + got + "公里。";
            for (int month = 1; month <= 12; month++) {
                Status status = rules.judge(
                                new TaskFacts(content, List.of(target), progress, List.of(actual), share(month)))
                        .status();
                assertThat(status)
                        .as("run %d, month %d: %s / %s", run, month, content, progress)
                        .isEqualTo(Status.COMPLETED);
            }
        }
    }

    private static BigDecimal share(int month) {
        return BigDecimal.valueOf(month).divide(BigDecimal.valueOf(12), 4, RoundingMode.HALF_UP);
    }
}
