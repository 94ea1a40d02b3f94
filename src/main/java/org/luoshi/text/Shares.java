package org.luoshi.text;

/**
 * What a percent is a share of: the thing a completion share measures ("外墙粉刷完成50%" measures the
 * plastering), and the numerator of a ratio rather than its base ("民生支出占一般公共预算支出的比重为76%"
 * measures 民生支出).
 */
final class Shares {

    /** Words of a completion clause that name no thing of their own: the verb, the cue, the time, the scope. */
    private static final String[] CUE_WORDS = {
        "完成率", "完工率", "执行率", "完成", "完工", "总体", "整体", "综合", "形象", "进度", "工程量", "总量", "总", "累计", "目前", "截至", "截止", "月底",
        "月末", "年底", "已经", "已", "的", "达到", "达", "为", "至", "约", "共", "计划", "年度", "全年", "任务", "目标", "建设", "工程", "项目", "施工",
        "相关", "上述", "各项", "全部", "所有", "均", "分别", "市级", "省级", "县级", "区级", "率"
    };
    /** Words that refer back to the work already named: "相关体育场地", "上述项目", "项目总体…". */
    private static final String[] REFERS_BACK = {"相关", "上述", "以上", "各项", "全部", "所有", "项目", "工程", "该项目", "该工程", "本项目"};

    private static final String[] OVERALL = {"总体", "整体", "综合"};

    private Shares() {}

    /** The letters of a completion clause once its cue, time and scope words are gone: what the share is of. */
    static String ownSubject(String clause) {
        String x = Metrics.letters(Metrics.of(clause));
        for (int pass = 0; pass < 2 && !x.isEmpty(); pass++) { // "工总程量": a typo leaves a cue word behind
            for (String w : CUE_WORDS) {
                if (x.contains(w)) {
                    x = x.replace(w, "");
                }
            }
        }
        return x;
    }

    /** "完成总工程量的50%", "总体形象进度": the share is of the whole work, whatever stage the clause names. */
    static boolean ofTheWhole(String clause) {
        return clause.contains("总") || clause.contains("整体") || clause.contains("工程量");
    }

    /**
     * "项目总体形象进度达到", "相关体育场地总体建设进度达": the overall progress of the work, its clause opening with
     * the project itself or with words that refer back to the work already named.
     */
    static boolean overallOfTheWork(String clause) {
        boolean overall = false;
        for (String w : OVERALL) {
            overall |= clause.contains(w);
        }
        return overall && Cues.startsWithAny(Metrics.letters(Metrics.of(clause)), 0, REFERS_BACK) != null;
    }

    private static final String[] BASE_ENDS = {"比重", "比例", "份额", "的"};
    private static final String[] RATE_GLUE = {"达到", "达", "为", "保持在", "保持", "稳定在", "提高到", "提升至", "提高至", "提升到"};

    /**
     * The words of a ratio's clause that say what it measures: the base after 占 left out ("占一般公共预算支出的
     * 比重为" names what the share is taken of), and, when what is left is nothing or a bare rate ("回收利用率达到"),
     * the clause before it, which names what is rated ("全市生活垃圾总量保持零增长,回收利用率达到58.6%",
     * "民生支出96.3亿元,占一般公共预算支出的比重为76.2%").
     */
    static String rated(Mention m) {
        String clause = m.clause();
        int at = clause.lastIndexOf('占');
        if (at >= 0) {
            String base = Metrics.letters(clause.substring(at));
            String glue = Cues.endsWithAny(base, RATE_GLUE);
            String bare = glue == null ? base : base.substring(0, base.length() - glue.length());
            if (Cues.endsWithAny(bare, BASE_ENDS) != null || bare.equals("占比")) {
                clause = clause.substring(0, at);
            }
        }
        String rate = Metrics.letters(clause);
        String glue = Cues.endsWithAny(rate, RATE_GLUE);
        rate = glue == null ? rate : rate.substring(0, rate.length() - glue.length());
        if (rate.isEmpty() || rate.endsWith("率") && rate.length() <= 6) {
            return previousClause(m) + clause;
        }
        return clause;
    }

    /** The clause of the sentence before the figure's own: "全市民生支出96.3亿元" in "…96.3亿元,占…的比重为76%". */
    private static String previousClause(Mention m) {
        String sentence = m.sentence();
        int end = sentence.length() - m.clause().length();
        if (end <= 0) {
            return "";
        }
        int from = end - 1;
        while (from > 0 && !Cues.isClauseBreak(sentence.charAt(from - 1))) {
            from--;
        }
        return sentence.substring(from, end);
    }
}
