package org.luoshi.assessment;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words in a progress text that state a status outright (未获, 暂缓, 尚在核算, 已完成全年任务 …), read with
 * their context so that "未出现延期", "部分已完成", "已完成前期工作" or "完成年度任务的77%" are not taken for
 * what they are not. Each finding is the clause it was read in, to be quoted in the reason.
 */
final class StatusCues {

    /** What a cue says. */
    enum Kind {
        /** Explicit failure or postponement of the task. */
        AT_RISK,
        /** The figures are not out yet. */
        NO_DATA,
        /** The (annual) task as a whole is done: enough to call even a task without numeric target done. */
        TASK_DONE,
        /** All of something is done (全部完工, 均已完成, 完成剩余): lifts met-but-partly-unreported targets. */
        ALL_DONE,
        /** Something is done; enough only when a task's targets are otherwise unreported. */
        DONE,
        /** At or above the schedule, in words (超序时, 将超额完成). */
        ON_TRACK,
        /** Below the schedule, in words (滞后序时). */
        LAGGING,
        /** Some of the work is still to finish (预计10月中旬完工): a DONE cue then covers only a part. */
        PENDING
    }

    /** The cues found in one text; each is the quoted clause, or empty. */
    record Found(
            Optional<String> atRisk,
            Optional<String> noData,
            Optional<String> taskDone,
            Optional<String> allDone,
            Optional<String> done,
            Optional<String> onTrack,
            Optional<String> lagging,
            Optional<String> pending) {

        /** The strongest completion statement found, if any. */
        Optional<String> anyDone() {
            return taskDone.or(() -> allDone).or(() -> done);
        }
    }

    private static final String CLAUSE_END = ",,。;;!!??\n";
    /** A list number at the start of a quoted clause ("3.", "(2)") says nothing. */
    private static final Pattern LIST_MARK = Pattern.compile("^(\\d{1,2}[.、.]|[((]\\d{1,2}[))])");
    /** Words that undo a cue when they stand just before it. */
    private static final Pattern NEGATED =
            Pattern.compile("(未|无|不|没有|避免|防止|杜绝|严禁|不得|不会|是否)(出现|发生|存在|造成|再)?(工期|进度|施工|建设)?$");
    /** Words that make a completion a plan or a hope rather than a fact. */
    private static final Pattern NOT_YET =
            Pattern.compile("(未|尚未|没有|力争|争取|确保|计划|预计|将|有望|可望|能否|难以|无法|待|部分|基本|拟|要|需)[^,,。;;]{0,3}$");
    /** Words after a completion that show only a share or a preliminary step was done. */
    private static final Pattern PARTIAL_AFTER =
            Pattern.compile("^[^,,。;;]{0,12}?(%|%|前期|部分|初步|一半|过半|阶段|招标|设计|方案|选址|可研|立项|审批|调研|意见|起草|编制|准备|序时|时序)");
    /** A count after a completion ("已完成59个") is a figure to measure, not a statement that all is done … */
    private static final Pattern COUNT_AFTER = Pattern.compile("^[^,,。;;]{0,12}?\\d");
    /** "的" after a cue, unless it goes on to name who is slow ("进度较慢的为…", "…的县区"). */
    private static final String NOT_NAMING_WHO = "的(?![为是有]|县|区|乡|镇|单位|部门)";

    /**
     * Tax and fee reliefs are called 延期/缓缴 too, and inspections order others to stop (责令停工整改): these
     * are policies and enforcement carried out, not the task postponed.
     */
    private static final Pattern RELIEF_AFTER =
            Pattern.compile("^(还本|付息|缴|纳税|申报|退休|偿还|整改|处罚|执行|手续|" + NOT_NAMING_WHO + ")");
    /**
     * "主要受重大项目开工延后影响": a delay named as the cause of a lag explains the figures, which judge the task;
     * it does not say this task is postponed.
     */
    private static final Pattern CAUSE_BEFORE = Pattern.compile("受[^,,。;;]{0,12}$");

    private static final Pattern ENFORCEMENT_BEFORE = Pattern.compile("(责令|勒令|依法|予以|办理)[^,。;]{0,3}$");
    /**
     * A cue that names what the office works on rather than how this task stands: "对进度滞后项目挂图作战",
     * "督促停工项目复工".
     */
    private static final Pattern HANDLING_BEFORE = Pattern.compile("(对|针对|督促|梳理|排查|加强)[^,。;]{0,4}$");

    /**
     * … but "进度较慢的为舒城县", "进度较慢的县区有…" name who is slow in this task: the cue stands.
     */
    private static final Pattern HANDLING_AFTER = Pattern.compile("^(的(?![为是有]|县|区|乡|镇|单位|部门)|项目(?![::])|单位|问题|情况|企业)");

    private static final List<Pattern> AT_RISK = patterns(
            "未获",
            "未能",
            "暂缓",
            "延期",
            "延误",
            "延后",
            "推迟",
            "停滞",
            "停工",
            "搁置",
            "中止",
            "未通过",
            "被否决",
            "难以(完成|实现|达到|如期|按期)",
            "无法(完成|实现|如期|按期)",
            "不能(完成|如期|按期)",
            "(完成|实现|达到)[^,,。;;]{0,8}(难度|压力)(较大|很大|大)",
            "取消(举办|实施|建设)");
    private static final List<Pattern> NO_DATA = patterns(
            "尚在核算",
            "正在核算",
            "核算中",
            "暂无(统计)?数据",
            "尚无数据",
            "数据(尚|暂|还)?未(出|公布|发布)",
            "待统计",
            "尚未统计",
            "暂未统计",
            "待核算",
            "数据(尚|正)在统计",
            "尚未公布",
            "暂未公布");
    private static final List<Pattern> TASK_DONE = patterns(
            "完成了?(全年|年度|今年|全年度)?的?(目标)?任务",
            "完成(全年|年度)[^,。;的\\d%]{1,4}任务",
            "完成(全年|年度)(目标|计划)",
            // "超额完成40所的年度目标任务": the annual target named by its figure, reached or passed.
            "完成[^,,。;;的]{1,16}的?(全年|年度)(目标|计划)?任务",
            "(目标|年度|全年)任务(已|均)(全面|全部)?完成",
            "达到?(全年|年度)目标");
    private static final List<Pattern> ALL_DONE = patterns("完成剩余", "全部完成", "均已完成", "全部(提前)?(完工|建成|竣工)", "已全部建成");
    private static final List<Pattern> DONE =
            patterns("全面完成", "已建成", "已竣工", "已完成", "已完工", "超额完成", "提前完成", "建成投用", "^完成");
    private static final List<Pattern> ON_TRACK = patterns(
            "超时序",
            "超序时",
            "快于序时",
            "高于序时",
            "好于序时",
            "超过序时",
            "达到序时",
            "符合序时",
            "序时推进",
            "(完成|达到?|符合|按|快于|高于|超过?)时序",
            "完成序时",
            "达序时",
            "(将|有望|可望|预计可?)(超额)?完成[^,,。;;]{0,6}(目标|任务|计划)",
            "基本完成(全年|年度)[^,,。;;的\\d%]{0,4}(目标|任务|计划)");
    private static final List<Pattern> LAGGING = patterns(
            "滞后序时",
            "慢于序时",
            "低于序时",
            "落后于?序时",
            "未达到?序时",
            "未完成序时",
            "进度滞后",
            "滞后时序",
            "(慢于|低于|落后于?|未达到?)时序",
            "严重滞后",
            "^滞后(项目|事项)?[::]",
            "(进度|推进|进展|建设)(相对|明显)?(较慢|偏慢|缓慢|迟缓|滞后)",
            "(^|[,,。;;])[^,,。;;]{0,12}(偏慢|较慢|缓慢)",
            "未(完成|开工)[^,,。;;]{0,12}的(县|区|市|镇|乡|单位|部门)");
    private static final List<Pattern> PENDING =
            patterns("(预计|计划|力争|争取|有望)[^,,。;;]{0,10}(完工|建成|竣工|投用|完成)", "尚未(完成|完工|建成|竣工)");

    private StatusCues() {}

    static Found read(String text) {
        String t = Hanzi.normalize(text);
        return new Found(
                first(t, AT_RISK, Guard.NEGATION),
                first(t, NO_DATA, Guard.NEGATION),
                first(t, TASK_DONE, Guard.COMPLETION),
                first(t, ALL_DONE, Guard.COMPLETION),
                first(t, DONE, Guard.COMPLETION),
                first(t, ON_TRACK, Guard.NEGATION),
                first(t, LAGGING, Guard.NEGATION),
                first(t, PENDING, Guard.NONE));
    }

    private enum Guard {
        NONE,
        NEGATION,
        COMPLETION
    }

    private static Optional<String> first(String text, List<Pattern> patterns, Guard guard) {
        for (Pattern p : patterns) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                String before = text.substring(Math.max(0, m.start() - 6), m.start());
                String after = text.substring(m.end(), Math.min(text.length(), m.end() + 16));
                String farBefore = text.substring(Math.max(0, m.start() - 14), m.start());
                if (accepted(m.group(), before, farBefore, after, guard)) {
                    return Optional.of(clause(text, m.start(), m.end()));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean accepted(String cue, String before, String farBefore, String after, Guard guard) {
        if (guard == Guard.NONE) {
            return true;
        }
        if (NEGATED.matcher(before).find() && !cue.startsWith("未") && !cue.startsWith("无")) {
            return false;
        }
        if (guard == Guard.NEGATION) {
            return !RELIEF_AFTER.matcher(after).find()
                    && !before.endsWith("缓")
                    && !(after.startsWith("影响")
                            && CAUSE_BEFORE.matcher(farBefore).find())
                    && !ENFORCEMENT_BEFORE.matcher(before).find()
                    && !(HANDLING_BEFORE.matcher(before).find()
                            || HANDLING_AFTER.matcher(after).find());
        }
        // "部分已完成", "尚未完成", "预计年底完成" are not completion; nor "完成年度任务的77%".
        // … except after 完成剩余, where the count is what remained and is now done.
        boolean countOk = cue.startsWith("完成剩余") || !COUNT_AFTER.matcher(after).find();
        return countOk
                && !NOT_YET.matcher(before).find()
                && !PARTIAL_AFTER.matcher(after).find();
    }

    /** The clause around a cue, for quoting: from the previous to the next punctuation, at most 48 characters. */
    private static String clause(String text, int start, int end) {
        int from = start;
        while (from > 0 && CLAUSE_END.indexOf(text.charAt(from - 1)) < 0 && start - from < 24) {
            from--;
        }
        int to = end;
        while (to < text.length() && CLAUSE_END.indexOf(text.charAt(to)) < 0 && to - end < 24) {
            to++;
        }
        return LIST_MARK.matcher(text.substring(from, to).strip()).replaceFirst("");
    }

    private static List<Pattern> patterns(String... regexes) {
        return java.util.Arrays.stream(regexes).map(Pattern::compile).toList();
    }
}
