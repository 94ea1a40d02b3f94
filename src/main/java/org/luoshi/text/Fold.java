package org.luoshi.text;

/**
 * The one place where text is made comparable before it is read. Every reader folds its input once, and the
 * quantity, assessment and document code share the one Traditional to Simplified table:
 *
 * <ul>
 *   <li>{@link #simplified}: Traditional characters to Simplified, one char for one char, so offsets hold;
 *   <li>{@link #ascii}: full-width punctuation, digits and letters to their ASCII twins, the ideographic and
 *       no-break spaces to a space, one char for one char;
 *   <li>{@link #fold}: {@link #ascii}, then pinyin that mirror sites insert after a character is dropped and
 *       digits split by spaces ("1 0 . 6 %", "5. 4 %") are joined; the folded text keeps, for each of its
 *       chars, the offset it came from in the original.
 * </ul>
 */
public final class Fold {

    private static final String TRADITIONAL = "號內牽頭單責進況實與體務項標報點門長時狀態達說當發佈來訪問數瀏覽關閉開組類機構歸檔財國資會辦縣區廳經濟產業總億萬個畝噸碼"
            + "廣場環衛護們對從這為於將後並麼應學醫藥農漁島陸鐵錢銀證稅費貿價購質領導規劃設計畫積極優勢聯絡網訊電車運輸線鄉鎮權據處級職"
            + "員審議書記論調監檢測試驗藝術圖館樂歡舊興擴轉變爭節約寫讀傳統續紅綠藍預屆營災險隊鄰聽觀視親豐歲邊遠還選遷適過遲隨雙難離雜"
            + "靈韓頁順題額風飛養驅鬥魚鳥龍齊壓壞壯聲備復夠奪奮妝婦寧寶層屬岡嶺幣帶幫廠廢強彈錄徑徵懷憲戰戶擁擇擊擔擬攜搖敗敵斷曉東條樣"
            + "樹橋歷殘氣決沒滅湯溝滿漢潔澤濕灣煙熱爾牆獎獨現畢盡盤確禮禍種穩窮競筆築範糧紀納純紙細終結給絕維綜緊緒練績織繼罰義習聖聞肅"
            + "脫腦舉華蘇蘭虛補裝製複覺訂認討訓許評話該詳語誤請諸講謀譽讓貝負貢貨販貧貫貸賓賣贊趙趕跡蹤軍軟載輕輪連週遊違遺郵針鋼鏈閒間"
            + "閱闡陽際陳階隱雲靜頂須頻飯餘鬧麗齡團園圍圓塊壇獲緩滯啟啓倉儲兒兩凍勞勵勝協參嚴壩幹彙匯徹懸戲攤攝敘橫殼氫濱爐猶療盜礎禦稱"
            + "穀窩籌簡緣縮繫纖罷羅膽臺艦芻莊葉蓋蕭薦蟲衝褲襲診詢誌謝譜賦賬贏趨輔轄辭遞醬釋閘韌顯騰鮮鹽龜輛幾減較準張冊隻頃棟銷貼礦淨動"
            + "暫無擱漲執閑專創陰臨漸虧損馬邁簽課師厲鑑響雖窯敎劑叢嗎孫崗帥庫憂暉楊槍殺滬燈編識賴踐軌鍵陣雞讚凈劉勻溫騙驛採";
    private static final String SIMPLIFIED = "号内牵头单责进况实与体务项标报点门长时状态达说当发布来访问数浏览关闭开组类机构归档财国资会办县区厅经济产业总亿万个亩吨码"
            + "广场环卫护们对从这为于将后并么应学医药农渔岛陆铁钱银证税费贸价购质领导规划设计画积极优势联络网讯电车运输线乡镇权据处级职"
            + "员审议书记论调监检测试验艺术图馆乐欢旧兴扩转变争节约写读传统续红绿蓝预届营灾险队邻听观视亲丰岁边远还选迁适过迟随双难离杂"
            + "灵韩页顺题额风飞养驱斗鱼鸟龙齐压坏壮声备复够夺奋妆妇宁宝层属冈岭币带帮厂废强弹录径征怀宪战户拥择击担拟携摇败敌断晓东条样"
            + "树桥历残气决没灭汤沟满汉洁泽湿湾烟热尔墙奖独现毕尽盘确礼祸种稳穷竞笔筑范粮纪纳纯纸细终结给绝维综紧绪练绩织继罚义习圣闻肃"
            + "脱脑举华苏兰虚补装制复觉订认讨训许评话该详语误请诸讲谋誉让贝负贡货贩贫贯贷宾卖赞赵赶迹踪军软载轻轮连周游违遗邮针钢链闲间"
            + "阅阐阳际陈阶隐云静顶须频饭余闹丽龄团园围圆块坛获缓滞启启仓储儿两冻劳励胜协参严坝干汇汇彻悬戏摊摄叙横壳氢滨炉犹疗盗础御称"
            + "谷窝筹简缘缩系纤罢罗胆台舰刍庄叶盖萧荐虫冲裤袭诊询志谢谱赋账赢趋辅辖辞递酱释闸韧显腾鲜盐龟辆几减较准张册只顷栋销贴矿净动"
            + "暂无搁涨执闲专创阴临渐亏损马迈签课师厉鉴响虽窑教剂丛吗孙岗帅库忧晖杨枪杀沪灯编识赖践轨键阵鸡赞净刘匀温骗驿采";
    private static final char[] MAP = new char[0x10000];
    /** Vowels with a tone mark: a parenthesis holding one of them after a character is inserted pinyin. */
    private static final String TONED = "\u0101\u00E1\u01CE\u00E0\u0113\u00E9\u011B\u00E8\u012B\u00ED\u01D0\u00EC"
            + "\u014D\u00F3\u01D2\u00F2\u016B\u00FA\u01D4\u00F9\u01D6\u01D8\u01DA\u01DC\u00FC";

    static {
        for (int c = 0; c < MAP.length; c++) {
            MAP[c] = (char) c;
        }
        for (int i = 0; i < TRADITIONAL.length(); i++) {
            MAP[TRADITIONAL.charAt(i)] = SIMPLIFIED.charAt(i);
        }
    }

    private Fold() {}

    /** The Simplified twin of a Traditional character; any other char as it is. */
    public static char simplified(char c) {
        return MAP[c];
    }

    /** Traditional characters to Simplified, one char for one char; nothing else changes. */
    public static String simplified(String s) {
        char[] out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (MAP[c] != c) {
                if (out == null) {
                    out = s.toCharArray();
                }
                out[i] = MAP[c];
            }
        }
        return out == null ? s : new String(out);
    }

    /** The ASCII twin of a full-width char, a space for the ideographic and no-break spaces; else the char. */
    public static char ascii(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        return c == '\u3000' || c == '\u00A0' ? ' ' : c;
    }

    /** Full-width punctuation, digits and letters as ASCII, one char for one char. */
    public static String ascii(String s) {
        char[] out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char a = ascii(c);
            if (a != c) {
                if (out == null) {
                    out = s.toCharArray();
                }
                out[i] = a;
            }
        }
        return out == null ? s : new String(out);
    }

    /** {@link #ascii}, inserted pinyin dropped and split digits joined, with the offsets kept. */
    public static Folded fold(String s) {
        String a = ascii(s);
        if (!mayNeedMore(a)) {
            return new Folded(a, null);
        }
        StringBuilder out = new StringBuilder(a.length());
        int[] from = new int[a.length()];
        int n = 0;
        for (int i = 0; i < a.length(); i++) {
            char c = a.charAt(i);
            if (c == '(' && n > 0 && isHan(out.charAt(n - 1))) {
                int end = pinyinEnd(a, i);
                if (end > 0) {
                    i = end - 1;
                    continue;
                }
            }
            if (c == ' ' && joinsDigits(a, i)) {
                continue;
            }
            out.append(c);
            from[n++] = i;
        }
        return n == a.length() ? new Folded(a, null) : new Folded(out.toString(), java.util.Arrays.copyOf(from, n));
    }

    private static boolean mayNeedMore(String a) {
        for (int i = 1; i + 1 < a.length(); i++) {
            char c = a.charAt(i);
            char next = a.charAt(i + 1);
            if (c == '(' && next >= 'a' && next <= 'z'
                    || c == ' ' && (isDigit(a.charAt(i - 1)) || a.charAt(i - 1) == '.')) {
                return true;
            }
        }
        return false;
    }

    /** The end of an inserted pinyin "(qu)" starting at {@code at}, or -1: one to six small letters, one toned. */
    public static int pinyinEnd(String a, int at) {
        boolean toned = false;
        for (int i = at + 1; i < a.length() && i - at <= 7; i++) {
            char c = a.charAt(i);
            if (c == ')') {
                return toned ? i + 1 : -1;
            }
            if (TONED.indexOf(c) >= 0) {
                toned = true;
            } else if (c < 'a' || c > 'z') {
                return -1;
            }
        }
        return -1;
    }

    /**
     * A single space inside a number printed with spaces: between lone digits ("1 0 . 6"), after a decimal point
     * ("5. 4 %"), before a decimal point between digits, or before the percent sign of such a number.
     */
    private static boolean joinsDigits(String a, int i) {
        char before = a.charAt(i - 1);
        char after = a.charAt(i + 1);
        if (isDigit(before) && (after == '%' || after == '.' || isDigit(after))) {
            return loneDigit(a, i - 1) && (isDigit(after) ? loneDigit(a, i + 1) : true) && spaced(a, i);
        }
        return before == '.'
                && isDigit(after)
                && i >= 2
                && digitBefore(a, i - 2)
                && loneDigit(a, i + 1)
                && spaced(a, i);
    }

    /** True when the digit at {@code at} stands alone: no digit right before or after it. */
    private static boolean loneDigit(String a, int at) {
        return (at == 0 || !isDigit(a.charAt(at - 1)) || at >= 2 && a.charAt(at - 1) == ' ')
                && (at + 1 >= a.length() || !isDigit(a.charAt(at + 1)));
    }

    /** True when the number around {@code space} is spaced out: ends in "%" or holds a point or three digits. */
    private static boolean spaced(String a, int space) {
        int j = space;
        while (j > 0 && (isDigit(a.charAt(j - 1)) || a.charAt(j - 1) == '.' || a.charAt(j - 1) == ' ')) {
            j--;
        }
        int k = space;
        while (k < a.length() && (isDigit(a.charAt(k)) || a.charAt(k) == '.' || a.charAt(k) == ' ')) {
            k++;
        }
        String run = a.substring(j, k).strip();
        int digits = 0;
        for (int i = 0; i < run.length(); i++) {
            digits += isDigit(run.charAt(i)) ? 1 : 0;
        }
        boolean percent = k < a.length() && a.charAt(k) == '%';
        boolean point = run.indexOf('.') > 0 && run.indexOf('.') < run.length() - 1;
        return digits >= 2 && (percent || point) || digits >= 3;
    }

    /** A digit at {@code at}, or a space with a digit right before it ("0 ." of "1 0 . 6"). */
    private static boolean digitBefore(String a, int at) {
        return isDigit(a.charAt(at)) || a.charAt(at) == ' ' && at > 0 && isDigit(a.charAt(at - 1));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHan(char c) {
        return c >= '\u4E00' && c <= '\u9FFF' || c == '?';
    }

    /** A folded text and, for each of its chars, the offset in the original it came from. */
    public static final class Folded {
        private final String text;
        private final int[] from;

        Folded(String text, int[] from) {
            this.text = text;
            this.from = from;
        }

        public String text() {
            return text;
        }

        /** The offset in the original of the folded char at {@code at}; the length maps past the original's end. */
        public int original(int at) {
            if (from == null) {
                return at;
            }
            if (at >= from.length) {
                return from.length == 0 ? 0 : from[from.length - 1] + 1;
            }
            return from[at];
        }
    }
}
