package org.luoshi.assessment;

/**
 * Text as the rules read it: full-width punctuation and digits as ASCII (，→, ；→; ％→%), no-break and
 * ideographic spaces as spaces, and the Traditional characters of the words the rules look for as Simplified,
 * so that one set of patterns serves portals that publish either way.
 */
final class Hanzi {

    /** Traditional characters of cue words, metrics and units, each above its Simplified form. */
    private static final String TRADITIONAL = "暫緩遲難獲數據統計達滯後進務標額劃經無實現開發過預將項設與時準體總報為內產擱擬議"
            + "資區縣鄉鎮業廠園場會個萬億噸畝條戶幣價貿運輸電氣環綠農漁權營稅費國處災險風規續廢"
            + "學養員層車機線並範應職雙類樣試驗網絡啟動畫擴舊級節約減漲維護質齊備單純屆莊寧濟辦"
            + "傳訊執導倉儲閒閑鐵橋碼頭補貼專題組織參證書邊歸臺灣觀遞餘順確創優勢態陰陽東廣長門"
            + "問階臨穩漸虧損滿驅龍鳥馬魚壓縮瀏覽擔負責隊聯團幫盤淨邁";

    private static final String SIMPLIFIED = "暂缓迟难获数据统计达滞后进务标额划经无实现开发过预将项设与时准体总报为内产搁拟议"
            + "资区县乡镇业厂园场会个万亿吨亩条户币价贸运输电气环绿农渔权营税费国处灾险风规续废"
            + "学养员层车机线并范应职双类样试验网络启动画扩旧级节约减涨维护质齐备单纯届庄宁济办"
            + "传讯执导仓储闲闲铁桥码头补贴专题组织参证书边归台湾观递余顺确创优势态阴阳东广长门"
            + "问阶临稳渐亏损满驱龙鸟马鱼压缩浏览担负责队联团帮盘净迈";

    private Hanzi() {}

    static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                out.append((char) (c - 0xFEE0));
            } else if (c == '\u3000' || c == '\u00A0') {
                out.append(' ');
            } else {
                int t = TRADITIONAL.indexOf(c);
                out.append(t >= 0 ? SIMPLIFIED.charAt(t) : c);
            }
        }
        return out.toString();
    }
}
