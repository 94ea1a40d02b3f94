package org.luoshi.document;

import java.util.List;
import java.util.regex.Pattern;
import org.luoshi.Texts;

/**
 * What a document that holds no task list seems to be, judged by its title and opening lines: a covering
 * notice (通知), a bulletin (通报), a summary or news report (总结), the work report itself. Its message says
 * so in Chinese and English instead of asking for a header.
 */
enum DocumentKind {
    NOTICE("notice"),
    BULLETIN("bulletin"),
    SUMMARY("summary"),
    WORK_REPORT("work-report"),
    OTHER("other");

    private static final Pattern NOTICE_WORDS = Pattern.compile("通知|印发|意见的通知|(现|特)将.{0,40}印发给你们");
    private static final Pattern BULLETIN_WORDS = Pattern.compile("通报|督查|督办|情况的报告");
    private static final Pattern SUMMARY_WORDS =
            Pattern.compile("总结|进展顺利|加快推进|有序推进|稳步推进|扎实推进|成效|综述|回眸|盘点|民生实事.{0,6}(推进|完成)");
    private static final Pattern WORK_REPORT_WORDS = Pattern.compile("^.{0,20}政府工作报告$|各位代表");

    private final String code;

    DocumentKind(String code) {
        this.code = code;
    }

    /** The kind the opening lines of a document (furniture left out) suggest. */
    static DocumentKind of(List<String> lines) {
        StringBuilder head = new StringBuilder();
        int seen = 0;
        DocumentKind byTitle = null;
        for (String line : lines) {
            String f = Chinese.fold(line);
            if (f.isEmpty() || Furniture.isFurniture(f)) {
                continue;
            }
            if (seen < 3 && f.length() <= 80 && byTitle == null) {
                byTitle = title(f);
            }
            if (seen++ < 12) {
                head.append(f).append('\n');
            }
        }
        if (byTitle != null) {
            return byTitle;
        }
        String h = head.toString();
        if (WORK_REPORT_WORDS.matcher(h).find()) {
            return WORK_REPORT;
        }
        if (NOTICE_WORDS.matcher(h).find()) {
            return NOTICE;
        }
        if (BULLETIN_WORDS.matcher(h).find()) {
            return BULLETIN;
        }
        return SUMMARY_WORDS.matcher(h).find() ? SUMMARY : OTHER;
    }

    private static DocumentKind title(String f) {
        if (f.endsWith("通知") || f.contains("的通知") || f.contains("关于印发")) {
            return NOTICE;
        }
        if (f.contains("通报")) {
            return BULLETIN;
        }
        if (WORK_REPORT_WORDS.matcher(f).find()) {
            return WORK_REPORT;
        }
        return null;
    }

    /** The one-line message of a document of this kind that holds no task list, Chinese first. */
    String message() {
        String key = "reader.no-task-list." + code;
        return Texts.zh(key) + " / " + Texts.en(key);
    }
}
