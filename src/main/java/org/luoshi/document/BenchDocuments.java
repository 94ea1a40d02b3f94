package org.luoshi.document;

import java.util.List;

/** Documents for benchmarks, generated from a real one so that their texts and layout stay realistic. */
public final class BenchDocuments {

    private BenchDocuments() {}

    /**
     * A plain-text document in the portal layout with {@code count} tasks, cycling through the rows of
     * {@code sample} and varying each copy's text so that no two tasks are identical.
     */
    public static String repeated(ReadDocument sample, int count) {
        List<TaskRow> rows = sample.tasks();
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("sample has no tasks");
        }
        StringBuilder b = new StringBuilder(count * 800);
        b.append(sample.title().isEmpty() ? "2022年市政府工作报告重点工作前三季度完成情况" : sample.title())
                .append("\n\n");
        b.append("序号\n\n工作内容\n\n牵头单位\n\n三季度进展情况\n\n");
        for (int i = 0; i < count; i++) {
            TaskRow t = rows.get(i % rows.size());
            int round = i / rows.size();
            b.append(i + 1).append("\n\n");
            b.append(t.content()).append(round == 0 ? "" : "(第" + round + "批)").append("\n\n");
            b.append(String.join("、", t.leadUnits())).append("\n\n");
            for (String p : t.progress().split("\n")) {
                b.append(p).append("\n\n");
            }
            if (round > 0) {
                b.append("第")
                        .append(round)
                        .append("批累计完成")
                        .append(round * 3 % 97)
                        .append("个。\n\n");
            }
        }
        return b.toString();
    }
}
