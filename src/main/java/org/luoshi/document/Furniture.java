package org.luoshi.document;

import java.util.regex.Pattern;

/**
 * The lines of a portal page that are not part of the report: navigation, publishing details, buttons,
 * footers, and the lines mirror sites splice in. Judged on the folded line so that Traditional pages and
 * full-width punctuation are caught alike. Patterns are searched ({@code find}), not matched with leading
 * {@code .*}, because this runs on every line of every document.
 */
final class Furniture {

    private static final int SHORT = 160;
    private static final Pattern NAVIGATION =
            Pattern.compile("^(当前位置|您现在的位置|您当前的位置|你的位置|您所在的位置|所在位置|位置:|首页>|首页»|网站首页)");
    private static final Keywords PUBLISHING = Keywords.of(
            "发布日期:", "发布时间:", "发文日期:", "访问次数:", "浏览次数:", "阅读次数:", "点击次数:", "点击数:", "阅读量:", "浏览量:", "字号:", "字号[",
            "字号大中小", "字体大中小", "字体:", "【字号", "【字体", "字号【", "扫一扫", "在手机打开", "分享到", "上一篇:", "下一篇:", "【打印】", "【关闭】", "[打印]",
            "[关闭]");
    private static final Pattern PUBLISHED_ON = Pattern.compile("^(来源:|(发布日期|发布时间)\\d{4})");
    private static final Pattern BUTTON = Pattern.compile(
            "^[【\\[]?(打印|列印|关闭|打印本页|列印本页|关闭窗口|关闭本页|收藏|分享|返回顶部|返回|顶部|保存|纠错|我要纠错|下载|附件|相关链接|相关文件|相关阅读|相关新闻"
                    + "|网站地图|联系我们|无障碍|繁体|简体|繁體|设为首页|加入收藏|用户登录|注册|登录|English|字体|默认|打印此页|【|】|大中小|【大】【中】【小】)[】\\]]?:?$");
    private static final Pattern BUTTON_SEPARATOR = Pattern.compile("[【】\\[\\]|/]+");
    private static final Pattern BREADCRUMB = Pattern.compile("^[^。,;]{0,120}(>|»|›)[^。,;]{0,120}$");
    private static final Keywords SPAM = Keywords.of(
            "http://",
            "https://",
            "www.",
            "转载请",
            "免责声明",
            "版权归原",
            "来源于网络",
            "来源网络",
            "微信公众号",
            "关注公众号",
            "公众号:",
            "微信号",
            "QQ群",
            "QQ:",
            "加微信",
            "下载APP",
            "app下载",
            "APP下载",
            "更多精彩",
            "本站",
            "本网站",
            "彩票",
            "博彩",
            "娱乐城",
            "代开发票",
            "发票代开",
            "加V",
            "扫码关注",
            "点击查看",
            "点击阅读",
            "百度一下");
    /** A bare domain name ("example.com"); looked for only when the line has a dot followed by a Latin letter. */
    private static final Pattern DOMAIN = Pattern.compile("[a-zA-Z0-9-]+\\.(com|cn|net|org|cc|top|xyz|info)\\b");

    private static final Keywords END = Keywords.of("版权所有", "ICP备", "ICP证", "公网安备", "网站标识码", "Copyright", "©");
    private static final Pattern ABRIDGED = Pattern.compile("^[((\\[【]?(本文有删减|有删减|内容有删减|此文有删减|略)[))\\]】]?$");

    private Furniture() {}

    /** True for a line to drop: page furniture or a mirror site's spam. */
    static boolean isFurniture(String folded) {
        if (folded.isEmpty() || folded.length() > 200) {
            return false;
        }
        if (folded.length() <= SHORT
                && (NAVIGATION.matcher(folded).find()
                        || PUBLISHING.in(folded)
                        || PUBLISHED_ON.matcher(folded).find()
                        || folded.length() <= 12 && BUTTON.matcher(folded).matches()
                        || isButtonRow(folded)
                        || folded.indexOf('>') + folded.indexOf('»') + folded.indexOf('›') > -3
                                && BREADCRUMB.matcher(folded).matches())) {
            return true;
        }
        return SPAM.in(folded)
                || hasDottedLatin(folded) && DOMAIN.matcher(folded).find();
    }

    /** "【打印本页】【关闭窗口】", "[收藏][打印][关闭]": a row of bracketed buttons and nothing else. */
    private static boolean isButtonRow(String folded) {
        if (folded.length() > 60 || folded.charAt(0) != '【' && folded.charAt(0) != '[') {
            return false;
        }
        int buttons = 0;
        for (String token : BUTTON_SEPARATOR.split(folded)) {
            if (token.isEmpty()) {
                continue;
            }
            if (token.length() > 8 || !BUTTON.matcher(token).matches()) {
                return false;
            }
            buttons++;
        }
        return buttons >= 2;
    }

    private static boolean hasDottedLatin(String s) {
        for (int i = s.indexOf('.'); i >= 0 && i + 1 < s.length(); i = s.indexOf('.', i + 1)) {
            char c = s.charAt(i + 1);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                return true;
            }
        }
        return false;
    }

    /** True for the footer line after which a page holds no more report. */
    static boolean isEnd(String folded) {
        return folded.length() <= 200 && END.in(folded);
    }

    /** True for the "(本文有删减)" mark. */
    static boolean isAbridgedMark(String folded) {
        return folded.length() <= 12 && ABRIDGED.matcher(folded).matches();
    }
}
