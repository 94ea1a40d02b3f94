package org.luoshi.document;

import java.util.regex.Pattern;

/**
 * The lines of a portal page that are not part of the report: navigation, publishing details, buttons,
 * footers, and the lines mirror sites splice in. Judged on the folded line so that Traditional pages and
 * full-width punctuation are caught alike.
 */
final class Furniture {

    private static final Pattern FURNITURE = Pattern.compile(
            "^(当前位置|您现在的位置|您当前的位置|你的位置|您所在的位置|所在位置|位置:|首页>|首页»|网站首页).*"
                    + "|.*(发布日期|发布时间|发文日期|访问次数|浏览次数|阅读次数|点击次数|点击数|阅读量|浏览量)[:].*"
                    + "|.*(发布日期|发布时间)[:]?\\d{4}.*|^来源[:].*|.*字号[:\\[【].*|.*【?[大中小]{1}】?【?[大中小]】?【?[大中小]】?$"
                    + "|^[【\\[]?(打印|关闭|打印本页|关闭窗口|关闭本页|收藏|分享|分享到|返回顶部|返回|顶部|保存|纠错|我要纠错|下载|附件|相关链接"
                    + "|相关文件|相关阅读|相关新闻|上一篇|下一篇|扫一扫|扫一扫在手机打开当前页|网站地图|联系我们|无障碍|繁体|简体|繁體|设为首页"
                    + "|加入收藏|用户登录|注册|登录|English|字体|字号|大|中|小|默认|打印此页|【|】)[】\\]]?[::]?$"
                    + "|.*(扫一扫|在手机打开|分享到|上一篇:|下一篇:|【打印】|【关闭】|\\[打印\\]|\\[关闭\\]).*");
    private static final Pattern BREADCRUMB = Pattern.compile("^[^。,;]{0,120}(>|»|›|>>)[^。,;]{0,120}$");
    private static final Pattern SPAM = Pattern.compile(
            ".*(https?://|www\\.|[a-zA-Z0-9-]+\\.(com|cn|net|org|cc|top|xyz|info)\\b).*"
                    + "|.*(转载请|免责声明|版权归原|来源于网络|来源网络|微信公众号|关注公众号|公众号:|微信号|QQ群|QQ:|加微信|下载APP|app下载|APP下载"
                    + "|更多精彩|本站|本网站|彩票|博彩|娱乐城|代开发票|发票代开|加V|扫码关注|点击查看|点击阅读|广告|推广|百度一下).*");
    private static final Pattern END = Pattern.compile(".*(版权所有|ICP备|ICP证|公网安备|网站标识码|Copyright|©).*");
    private static final Pattern ABRIDGED = Pattern.compile("^[((\\[【]?(本文有删减|有删减|内容有删减|此文有删减|略)[))\\]】]?$");

    private Furniture() {
    }

    /** True for a line to drop: page furniture or a mirror site's spam. */
    static boolean isFurniture(String folded) {
        if (folded.isEmpty()) {
            return false;
        }
        if (folded.length() <= 160 && (FURNITURE.matcher(folded).matches() || BREADCRUMB.matcher(folded).matches())) {
            return true;
        }
        return folded.length() <= 200 && SPAM.matcher(folded).matches();
    }

    /** True for the footer line after which a page holds no more report. */
    static boolean isEnd(String folded) {
        return folded.length() <= 200 && END.matcher(folded).matches();
    }

    /** True for the "(本文有删减)" mark. */
    static boolean isAbridgedMark(String folded) {
        return folded.length() <= 12 && ABRIDGED.matcher(folded).matches();
    }
}
