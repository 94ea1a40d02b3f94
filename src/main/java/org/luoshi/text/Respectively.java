package org.luoshi.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * "规上工业增加值、固定资产投资分别增长8.2%、10.5%": a 分别 list names its items once, then gives one figure each,
 * in the same order. Each figure is given its own item as its metric ({@link Mention#item}), so that the second
 * figure measures 固定资产投资 only, not whatever the sentence names.
 */
final class Respectively {

    private static final Pattern ITEM_BREAK = Pattern.compile("[、和及与]|以及");

    private Respectively() {}

    static List<Mention> spread(List<Mention> mentions) {
        List<Mention> out = null;
        for (int i = 0; i < mentions.size(); i++) {
            Mention first = mentions.get(i);
            if (!first.clause().contains("分别")) {
                continue;
            }
            String[] items = ITEM_BREAK.split(first.metric());
            int last = i;
            while (last + 1 < mentions.size() && listedAfter(mentions.get(last), mentions.get(last + 1))) {
                last++;
            }
            if (items.length < 2 || items.length != last - i + 1 || blank(items)) {
                continue;
            }
            out = out == null ? new ArrayList<>(mentions) : out;
            for (int k = 0; k < items.length; k++) {
                out.set(i + k, mentions.get(i + k).asItem(items[k].strip()));
            }
            i = last;
        }
        return out == null ? mentions : out;
    }

    /** The next figure follows right after a 、/和 with no words of its own: the list goes on. */
    private static boolean listedAfter(Mention previous, Mention next) {
        return Cues.stripGlue(next.clause()).isBlank()
                && next.numberStart() - previous.end() <= 2 + next.clause().length()
                && next.unit().equals(previous.unit());
    }

    private static boolean blank(String[] items) {
        for (String item : items) {
            if (Metrics.letters(item).isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
