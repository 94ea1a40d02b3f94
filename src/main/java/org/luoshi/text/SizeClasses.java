package org.luoshi.text;

/**
 * Measures that name a size class of entities rather than a quantity: "整治亩均税收低于5万元企业",
 * "500人以上行政村", "10亿元以上重大产业项目12个" (only 12个 counts).
 */
final class SizeClasses {

    /** Entities a measure can sort into size classes: "年营收10亿元以上企业", "500人以上行政村". */
    private static final String[] CLASSED = {
        "企业", "工业企业", "项目", "产业项目", "村", "行政村", "自然村", "社区", "乡镇", "城镇", "学校", "医院", "园区", "楼宇", "工厂", "农场", "景区", "商圈",
        "主体", "市场主体", "纳税人"
    };
    /** How many characters may qualify the sorted entities ("重大产业", "高新技术") before their noun. */
    private static final int MAX_MODIFIER = 4;
    /** Units that count the entities named after them ("10个以上项目" is ten projects), so they form no class. */
    private static final String COUNTERS = "个家项所座条处栋幢套艘辆台件间张宗只株棵尾篇册场次名位户部支头床";
    /** "低于5万元企业": the laggards a task sets out to fix. */
    private static final String[] BELOW = {"低于", "不足", "不到", "小于"};
    /** "实现经营性收入15万元以上行政村全覆盖": every entity is to reach the measure, so it is the goal. */
    private static final String[] ALL_REACH = {"全覆盖", "全部达到", "全面达到", "全部实现"};

    private SizeClasses() {}

    /**
     * A measure followed straight by an entity noun (with or without 的) names a size class of those entities
     * rather than a quantity: "整治亩均税收低于5万元企业" (the laggards), "实现文化礼堂500人以上行政村全覆盖"
     * (which villages, by population), "培育年营收10亿元以上企业5家". It stays a goal when every entity is to
     * reach it, the entity followed straight by 全覆盖: "实现经营性收入15万元以上行政村全覆盖" (but "年产值2000万元以上
     *企业数字化改造全覆盖" covers the firms of that class). A counter unit is left alone: "引进10个以上项目" counts projects.
     */
    static boolean names(String s, int numberStart, int end, String unit, Comparison suffix) {
        int n = s.length();
        if (unit.length() == 1 && COUNTERS.indexOf(unit.charAt(0)) >= 0) {
            return false;
        }
        int at = entityStart(s, end < n && s.charAt(end) == '的' ? end + 1 : end);
        if (at < 0) {
            return false;
        }
        if (suffix == null) {
            return Cues.endsWithAny(s.substring(Math.max(0, numberStart - 2), numberStart), BELOW) != null;
        }
        if (unit.equals("人") || unit.equals("人次")) {
            return true;
        }
        String entity = Cues.startsWithAny(s, at, CLASSED);
        int next = at + entity.length();
        return Cues.startsWithAny(s, next < n && s.charAt(next) == '的' ? next + 1 : next, ALL_REACH) == null;
    }

    /**
     * Where the sorted entities start: right after the measure, or after a short modifier of them ("10亿元以上重大产业
     * 项目", "5000万元以上高新技术企业"); -1 when no entity of a class follows.
     */
    private static int entityStart(String s, int from) {
        int n = s.length();
        for (int at = from; at <= Math.min(n, from + MAX_MODIFIER); at++) {
            String entity = Cues.startsWithAny(s, at, CLASSED);
            int after = entity == null ? -1 : at + entity.length();
            // Right after the measure any entity word will do; after a modifier it must end the phrase (a count or a
            // stop follows), so that "1万元以下农村家庭" is not read as villages.
            if (entity != null && (at == from || after >= n || !isModifierChar(s.charAt(after)))) {
                return at;
            }
            if (at < n && !isModifierChar(s.charAt(at))) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isModifierChar(char c) {
        return c >= '\u4e00' && c <= '\u9fff' && "的和及与或等其中".indexOf(c) < 0;
    }
}
