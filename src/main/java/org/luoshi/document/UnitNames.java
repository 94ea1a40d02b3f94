package org.luoshi.document;

import java.util.regex.Pattern;

/**
 * Whether a lead unit as read could be the name of an organisation. Only what no organisation's name
 * holds is rejected, so abbreviations ("发改", "经信局") and unusual bodies ("团市委", "舟山海关",
 * "各县(区)政府") pass; a unit cell that caught a sentence, a number, a person or page furniture does not.
 * See docs/decisions.md ("unknown-unit").
 */
final class UnitNames {

    /** Longer than any name met in real reports ("中国铁路南昌局集团有限公司(市铁路建设办公室)" is 26). */
    static final int MAX_LENGTH = 30;
    /** Figures, sentence punctuation and the brackets of page buttons; quotes are in names (市“菜篮子”办). */
    private static final String NOT_IN_NAMES = "0123456789%‰。!?:;【】[]…０１２３４５６７８９％！？：；［］";
    /** A person's title alone: "副市长", "王市长", "张伟副市长", "市委书记". */
    private static final Pattern PERSON =
            Pattern.compile("^[\\u4e00-\\u9fa5]{0,4}?(常务)?副?(省长|市长|州长|县长|区长|旗长|镇长|乡长|书记|副书记|秘书长|主任|局长|厅长|部长|处长|主席)$");
    /** Words of a progress report, never of a name ("推进中心" is a name, so 推进 alone is not here). */
    private static final Keywords PROGRESS = Keywords.of(
            "已完成", "已经", "正在", "截至", "截止", "目前", "同比", "累计", "完成了", "进展", "开工", "竣工", "亿元", "万元", "序时", "已經", "累計",
            "進展", "開工", "億元", "萬元");

    private UnitNames() {}

    /** The reason a unit does not look like an organisation, or null when it may be one. Runs once per task: one pass. */
    static String problem(String unit) {
        String u = unit == null ? "" : unit.strip();
        if (u.isEmpty()) {
            return "空白";
        }
        if (u.length() > MAX_LENGTH) {
            return "过长";
        }
        boolean chinese = false;
        for (int i = 0; i < u.length(); i++) {
            char c = u.charAt(i);
            if (NOT_IN_NAMES.indexOf(c) >= 0) {
                return "含数字或句读";
            }
            chinese |= c >= 0x4E00 && c <= 0x9FFF;
        }
        if (!chinese) {
            return "无中文名称";
        }
        char last = u.charAt(u.length() - 1);
        boolean title = last == '长' || last == '長' || last == '记' || last == '記' || last == '任' || last == '席';
        if (title && PERSON.matcher(Chinese.fold(u)).matches()) {
            return "是职务而非单位";
        }
        if (PROGRESS.in(u)) {
            return "像进展文字";
        }
        return null;
    }
}
