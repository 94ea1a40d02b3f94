package org.luoshi.document;

import java.util.regex.Pattern;

/** Headings that group tasks ("一、稳定经济增长", "(二)…", "王市长牵头重点工作", "主要指标"). */
final class Groups {

    private static final Pattern HEADING = Pattern.compile(
            "^([一二三四五六七八九十]{1,3}[、.]|[((][一二三四五六七八九十]{1,3}[))]|第[一二三四五六七八九十]{1,3}(部分|章|篇|类)|[A-Z][、.]).{0,40}"
                    + "|^.{0,24}(市长|县长|区长|省长|书记|主任|副市长|副县长|副区长|领导)(牵头|负责|分管)?(的)?.{0,8}(重点工作|工作|任务|事项)$"
                    + "|^.{0,24}(重点工作|主要指标|指标|工作任务|重点任务|民生实事|实事项目|任务清单|经济指标)(部分|类)?$");

    private Groups() {}

    /** True when a short line reads as a heading rather than a task or a progress sentence. */
    static boolean isHeading(String text) {
        if (text.length() > 60) {
            return false;
        }
        String f = Chinese.fold(text);
        return !f.isEmpty()
                && f.length() <= 44
                && !f.endsWith("。")
                && !f.contains("。")
                && HEADING.matcher(f).matches();
    }
}
