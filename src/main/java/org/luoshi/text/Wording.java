package org.luoshi.text;

import java.util.Set;

/**
 * The words around a figure that say what kind of statement it is: work done (完成, 建成, 新增 …), work only
 * started, money paid out, an event or an honour, a total restated before the done part, a stage of a project's
 * pipeline, a vessel's size, a programme named in quotes.
 */
final class Wording {

    private Wording() {}

    /**
     * "10条“门前三包”示范街落实常态化管理" for "建设精品示范街9条": a figure that names a programme in quotes the task
     * does not mention counts the items of that programme, not of the task's, however alike the nouns.
     */
    static boolean otherProgramme(Mention m, String content) {
        // The clause before the figure and a name right after it ("10条“门前三包”示范街"), not a later phrase.
        String near = m.after().startsWith("“") ? m.clause() + m.after() : m.clause();
        int open = near.indexOf('“');
        while (open >= 0) {
            int close = near.indexOf('”', open + 1);
            if (close < 0) {
                return false;
            }
            String name = near.substring(open + 1, close);
            if (!name.isEmpty() && !content.contains(name)) {
                return true;
            }
            open = near.indexOf('“', close + 1);
        }
        return false;
    }

    /**
     * The stages a project passes through, each reported as its own indicator (签约 signed, 引进 attracted,
     * 开工 started, 竣工 finished, 投产 in production); words of one stage are synonyms.
     */
    private static final String[][] STAGES = {
        {"签约"}, {"引进", "招引", "落户"}, {"开工", "动工"}, {"竣工", "完工", "建成"}, {"投产", "达产", "投用", "投运"},
    };

    /**
     * The target counts projects at one stage and the figure's clause names another stage only: "新开工…项目43个"
     * for "引进亿元以上项目100个" is a different indicator of the same pipeline.
     */
    static boolean otherStage(String targetMetric, String clause) {
        int own = -1;
        for (int g = 0; g < STAGES.length && own < 0; g++) {
            for (String w : STAGES[g]) {
                if (targetMetric.contains(w)) {
                    own = g;
                }
            }
        }
        if (own < 0) {
            return false;
        }
        boolean other = false;
        for (int g = 0; g < STAGES.length; g++) {
            for (String w : STAGES[g]) {
                if (clause.contains(w)) {
                    if (g == own) {
                        return false;
                    }
                    other = true;
                }
            }
        }
        return other;
    }

    /** The text after a figure holds a run of at least five letters of the task's content. */
    static boolean namesTaskPhrase(String after, String content) {
        String a = Metrics.letters(after);
        for (int i = 0; i + 5 <= a.length(); i++) {
            if (content.contains(a.substring(i, i + 5))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> CAPACITY_UNITS = Set.of("方", "立方米", "吨", "载重吨", "标箱", "TEU", "千瓦");
    private static final String[] VESSELS = {"船", "轮", "舶", "泊位", "码头", "机组", "储罐"};

    /**
     * A capacity written straight before the vessel, berth or unit it describes ("20000方LNG加注运输船",
     * "2万吨化学品船", "10万吨级泊位", "66万千瓦机组") is that item's size class, not an amount of work.
     */
    static boolean specification(Mention m) {
        if (m.kind() != QuantityKind.AMOUNT
                || !CAPACITY_UNITS.contains(m.unit())
                || m.after().isEmpty()) {
            return false;
        }
        char first = m.after().charAt(0);
        if (!Character.isLetter(first)) {
            return false;
        }
        for (String v : VESSELS) {
            if (m.after().contains(v)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] HONOURS = {"获评", "批示肯定", "入选", "上榜", "荣获"};

    /** The figure counts honours or recognition won (获评, 入选, 上榜), which report standing, not work done. */
    static boolean honour(Mention m) {
        for (String w : HONOURS) {
            if (m.clause().contains(w) || m.after().contains(w)) {
                return true;
            }
        }
        return false;
    }

    static boolean event(Mention m) {
        for (String w : EVENTS) {
            if (m.clause().contains(w) || m.after().contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** 开工 is left out: 新开工项目 is a standard count of its own in these reports. */
    private static final String[] STARTED = {"启动", "开始", "着手"};

    /** The clause reports work launched (启动, 着手), which says nothing of how much is done. */
    static boolean started(String clause) {
        for (String w : STARTED) {
            if (clause.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] FINISHED = {"完工", "建成", "竣工", "完成", "交付", "建成投用", "投用", "投运"};

    /**
     * "开工28个,完工20个,完成投资4.82亿元": a sentence of bare verb-and-figure clauses names no subject of its
     * own, so it reports on the task's. True when the figure's clause is only a completion verb (完工, 建成 …)
     * with nothing named after the figure, and each clause before it in the sentence is a verb and a figure at most (four letters, unit included).
     */
    static boolean elidedSubject(Mention m) {
        String clause = Metrics.letters(m.clause());
        boolean finished = false;
        for (String w : FINISHED) {
            finished |= clause.equals(w) || clause.equals("已" + w);
        }
        if (!finished || Metrics.letters(m.after()).length() > 1) {
            return false; // "完成70条道路两侧餐饮单位整治": the noun after the figure is its own subject
        }
        String before =
                m.sentence().substring(0, m.sentence().length() - m.clause().length());
        for (String part : before.split("[，,、；;：:]")) {
            if (Metrics.letters(part).length() > 4) {
                return false;
            }
        }
        return true;
    }

    /**
     * "上半年已完成610公里", "已完工14个": the clause is a period and a completion verb at most, and nothing is named
     * after the figure, so the figure is the task's own work done.
     */
    static boolean bareDone(Mention m) {
        if (!Metrics.letters(m.after()).isEmpty() || !done(m.clause())) {
            return false;
        }
        String rest = Metrics.letters(Metrics.of(m.clause()));
        for (String w : FINISHED) {
            rest = rest.replace(w, "");
        }
        return rest.replace("建设", "").isEmpty();
    }

    static boolean unclosedParenthesis(String clause) {
        int open = Math.max(clause.lastIndexOf('('), clause.lastIndexOf('（'));
        int close = Math.max(clause.lastIndexOf(')'), clause.lastIndexOf('）'));
        return open > close;
    }

    private static final String[] SPENT = {"发放", "兑现", "拨付", "下达", "投入", "完成投资", "减免", "补助", "奖补", "贴息"};

    /** The clause says money was paid out or invested (发放, 兑现, 拨付, 投入 …). */
    static boolean spent(String clause) {
        for (String w : SPENT) {
            if (clause.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] EVENTS = {"发生", "收到", "参与", "参加", "吸引", "涉及", "涉案"};

    private static final String[] DONE = {
        "完成", "完工", "建成", "新增", "培育", "引进", "累计", "交付", "整改", "清零", "下达", "压减", "减负", "新建", "抓获", "匹配", "贯通", "播种", "销号"
    };

    /** The clause reports work done (完成, 建成, 新增 …), not work started or planned. */
    static boolean done(String clause) {
        for (String w : DONE) {
            if (clause.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "9条精品示范街建设已完成5条", "13项问题已完成整改9项": a figure followed in its clause by 完成 and another
     * number states the total; the second number is the actual.
     */
    static boolean isTotal(Mention m) {
        String after = m.after();
        int done = after.indexOf('已');
        for (String w : DONE) {
            int at = after.indexOf(w);
            if (at >= 0 && (done < 0 || at < done)) {
                done = at;
            }
        }
        if (done < 0) {
            return false;
        }
        for (int i = done; i < after.length(); i++) {
            if (ChineseNumber.isArabicDigit(after.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static final String[] PLAN_WORDS = {"计划", "目标", "力争", "争取", "拟", "预期", "预定"};

    /** What a figure's words say when it names the goal it is measured against: "…40所的年度目标任务". */
    private static final String[] GOAL_AFTER = {
        "的年度目标", "的全年目标", "的目标", "的年度任务", "的全年任务", "的任务", "的年度计划", "的全年计划", "的计划", "目标任务"
    };

    /**
     * A plan or target stated in a progress text, not work done: the clause before the figure says what is
     * planned or aimed at ("年内计划完成投资5亿元", "目标建成10个", "力争年底前完成"), unless a done part follows
     * the plan word in the same clause ("计划投资5亿元已完成3亿元"), or the words after the figure call it the goal
     * ("超额完成40所的年度目标任务"). 计划生育 is no plan.
     */
    static boolean planned(Mention m) {
        for (String g : GOAL_AFTER) {
            if (m.after().startsWith(g)) {
                return true;
            }
        }
        String clause = m.clause().replace("计划生育", "");
        int at = -1;
        for (String w : PLAN_WORDS) {
            int i = clause.lastIndexOf(w);
            if (i >= 0) {
                at = Math.max(at, i + w.length());
            }
        }
        if (at < 0) {
            return false;
        }
        for (int i = at; i < clause.length(); i++) {
            char c = clause.charAt(i);
            if (c == '已' || ChineseNumber.isArabicDigit(c)) {
                return false;
            }
        }
        return true;
    }

    private static final String[] REPORTING = {"上报", "填报", "报送", "纳入统计", "纳统", "监测企业", "样本企业", "调查企业", "参与调查"};
    private static final Set<String> ENTITY_UNITS = Set.of("家", "户", "个", "所", "名");

    /**
     * "全市86家企业上报数据", "纳入统计的企业120家": how many firms report, or are surveyed, says who the figures
     * come from, not work done.
     */
    static boolean reporters(Mention m) {
        if (m.kind() != QuantityKind.AMOUNT || !ENTITY_UNITS.contains(m.unit())) {
            return false;
        }
        for (String w : REPORTING) {
            if (m.clause().contains(w) || m.after().contains(w)) {
                return true;
            }
        }
        return false;
    }
}
