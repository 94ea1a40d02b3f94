package org.luoshi.document;

/**
 * Folding of Chinese text for detection only: headers, labels, furniture and unit names are recognised in
 * Simplified characters with ASCII punctuation, while the texts themselves are kept as printed. The
 * Traditional→Simplified table maps one char to one char, so offsets in a folded text are offsets in the
 * original, which lets the analyzer read numbers from the folded text and cut them from the original.
 */
final class Chinese {

    private static final String TRADITIONAL =
            "號內牽頭單責進況實與體務項標報點門長時狀態達說當發佈來訪問數瀏覽關閉開組類機構歸檔財國資會辦縣區廳經濟產業總億萬個畝噸碼廣場環衛護們對從這為於將後並麼應學醫藥農漁島陸鐵錢銀證稅費貿價購質領導規劃設計畫積極優勢聯絡網訊電車運輸線鄉鎮權據處級職員審議書記論調監檢測試驗藝術圖館樂歡舊興擴轉變爭節約寫讀傳統續紅綠藍預屆營災險隊鄰聽觀視親豐歲邊遠還選遷適過遲隨雙難離雜靈韓頁順題額風飛養驅鬥魚鳥龍齊壓壞壯聲備復夠奪奮妝婦寧寶層屬岡嶺幣帶幫廠廢強彈錄徑徵懷憲戰戶擁擇擊擔擬攜搖敗敵斷曉東條樣樹橋歷殘氣決沒滅湯溝滿漢潔澤濕灣煙熱爾牆獎獨現畢盡盤確禮禍種穩窮競筆築範糧紀納純紙細終結給絕維綜緊緒練績織繼罰義習聖聞肅脫腦舉華蘇蘭虛補裝製複覺訂認討訓許評話該詳語誤請諸講謀譽讓貝負貢貨販貧貫貸賓賣贊趙趕跡蹤軍軟載輕輪連週遊違遺郵針鋼鏈閒間閱闡陽際陳階隱雲靜頂須頻飯餘鬧麗齡團園圍圓塊壇獲緩滯啟啓倉儲兒兩凍勞勵勝協參嚴壩幹彙匯徹懸戲攤攝敘橫殼氫濱爐猶療盜礎禦稱穀窩籌簡緣縮繫纖罷羅膽臺艦芻莊葉蓋蕭薦蟲衝褲襲診詢誌謝譜賦賬贏趨輔轄辭遞醬釋閘韌顯騰鮮鹽龜";
    private static final String SIMPLIFIED =
            "号内牵头单责进况实与体务项标报点门长时状态达说当发布来访问数浏览关闭开组类机构归档财国资会办县区厅经济产业总亿万个亩吨码广场环卫护们对从这为于将后并么应学医药农渔岛陆铁钱银证税费贸价购质领导规划设计画积极优势联络网讯电车运输线乡镇权据处级职员审议书记论调监检测试验艺术图馆乐欢旧兴扩转变争节约写读传统续红绿蓝预届营灾险队邻听观视亲丰岁边远还选迁适过迟随双难离杂灵韩页顺题额风飞养驱斗鱼鸟龙齐压坏壮声备复够夺奋妆妇宁宝层属冈岭币带帮厂废强弹录径征怀宪战户拥择击担拟携摇败敌断晓东条样树桥历残气决没灭汤沟满汉洁泽湿湾烟热尔墙奖独现毕尽盘确礼祸种稳穷竞笔筑范粮纪纳纯纸细终结给绝维综紧绪练绩织继罚义习圣闻肃脱脑举华苏兰虚补装制复觉订认讨训许评话该详语误请诸讲谋誉让贝负贡货贩贫贯贷宾卖赞赵赶迹踪军软载轻轮连周游违遗邮针钢链闲间阅阐阳际陈阶隐云静顶须频饭余闹丽龄团园围圆块坛获缓滞启启仓储儿两冻劳励胜协参严坝干汇汇彻悬戏摊摄叙横壳氢滨炉犹疗盗础御称谷窝筹简缘缩系纤罢罗胆台舰刍庄叶盖萧荐虫冲裤袭诊询志谢谱赋账赢趋辅辖辞递酱释闸韧显腾鲜盐龟";
    private static final char[] MAP = new char[0x10000];

    static {
        for (int c = 0; c < MAP.length; c++) {
            MAP[c] = (char) c;
        }
        for (int i = 0; i < TRADITIONAL.length(); i++) {
            MAP[TRADITIONAL.charAt(i)] = SIMPLIFIED.charAt(i);
        }
        // Full-width forms and the ideographic space fold to ASCII so that "序号:" and "序号：" read alike.
        for (char c = '\uFF01'; c <= '\uFF5E'; c++) {
            MAP[c] = (char) (c - 0xFEE0);
        }
        MAP['\u3000'] = ' ';
        MAP['\u00A0'] = ' ';
    }

    private Chinese() {}

    /** Traditional characters to Simplified, one char for one char; nothing else changes. */
    static String simplified(String s) {
        char[] out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u4E00' && MAP[c] != c && !(c >= '\uFF01' && c <= '\uFF5E') && c != '\u3000') {
                if (out == null) {
                    out = s.toCharArray();
                }
                out[i] = MAP[c];
            }
        }
        return out == null ? s : new String(out);
    }

    /** Simplified, ASCII punctuation, no whitespace: the form headers and labels are compared in. */
    static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = MAP[s.charAt(i)];
            if (!Character.isWhitespace(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Like {@link #fold} but keeps single spaces between words, for lines whose spacing separates fields. */
    static String foldKeepingSpaces(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = MAP[s.charAt(i)];
            if (Character.isWhitespace(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }
}
