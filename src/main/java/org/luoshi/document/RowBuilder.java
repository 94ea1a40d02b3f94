package org.luoshi.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Collects the cells of one task, whatever the layout, and makes the {@link TaskRow}. */
final class RowBuilder {

    /** "(牵头单位:市发改委)" written into the task text itself. */
    static final Pattern INLINE_UNIT = Pattern.compile(
            "[((\\[【]\\s*(牵头单位|责任单位|牵头部门|责任部门|牵头|责任|主办单位|牵头责任单位)\\s*[::]\\s*([^()()\\[\\]【】]{1,120})[))\\]】]");

    private static final Pattern LABELLED_UNITS =
            Pattern.compile("(牵头单位|牵头部门|主办单位|牵头|责任单位|责任部门|配合单位|协办单位|参与单位|配合部门)\\s*[::]");
    /** "…建成茶山大桥(市交通局)。": a unit cell run into the task text. */
    private static final Pattern TRAILING_UNIT = Pattern.compile("[((]([^()()]{2,60})[))][。.;;]?$");
    /** A sub-task's number: "3.2", "3-2", "3.2." */
    private static final Pattern SUB_NUMBER = Pattern.compile("^\\d{1,3}[.\\-—.]\\d{1,3}[.、.]?$");

    private static final Pattern NUMBER = Pattern.compile("^[((]?\\s*(\\d{1,5})\\s*[))]?[.、.]?$");

    private final String number;
    private final StringBuilder content = new StringBuilder();
    private final List<String> lead = new ArrayList<>();
    private final List<String> co = new ArrayList<>();
    private final StringBuilder progress = new StringBuilder();
    private final Map<String, String> extra = new LinkedHashMap<>();
    private String group = "";

    RowBuilder(String number) {
        this.number = normalNumber(number);
    }

    /** "84", "84.", "(84)" → "84"; anything else as printed. */
    static String normalNumber(String printed) {
        String s = printed == null ? "" : Chinese.fold(printed);
        Matcher m = NUMBER.matcher(s);
        if (m.matches()) {
            return String.valueOf(Integer.parseInt(m.group(1)));
        }
        return SUB_NUMBER.matcher(s).matches() ? s.replaceFirst("[.、.]$", "") : s;
    }

    /** The whole number a printed number starts with ("84" → 84, "3.2" → 3), or 0. */
    static int leading(String number) {
        String s = Chinese.fold(number);
        int n = 0;
        for (int i = 0; i < s.length() && i < 5 && Character.isDigit(s.charAt(i)); i++) {
            n = n * 10 + Character.digit(s.charAt(i), 10);
        }
        return n;
    }

    static boolean isNumber(String text) {
        String t = text.strip();
        if (t.isEmpty()
                || t.length() > 9
                || !(Character.isDigit(t.charAt(0)) || t.charAt(0) == '(' || t.charAt(0) == '(')) {
            return false;
        }
        String f = Chinese.fold(text);
        return NUMBER.matcher(f).matches() || SUB_NUMBER.matcher(f).matches();
    }

    RowBuilder content(String text) {
        append(content, text);
        return this;
    }

    /** Joins without a line break: an indicator and its target read as one sentence. */
    RowBuilder contentTail(String text) {
        content.append(text.strip());
        return this;
    }

    RowBuilder progress(String text) {
        append(progress, text);
        return this;
    }

    RowBuilder group(String g) {
        group = g == null ? "" : g.strip();
        return this;
    }

    RowBuilder extra(String key, String value) {
        String k = key == null || key.isBlank()
                ? "列" + (extra.size() + 1)
                : key.strip().replaceAll("\\s+", "");
        if (value != null && !value.isBlank()) {
            extra.merge(k, value.strip(), (a, b) -> a + "\n" + b);
        }
        return this;
    }

    /** A unit cell; marked units (★, 牵头) lead, or labels (牵头单位:… 配合单位:…) say which is which. */
    RowBuilder units(String cell, boolean coColumn) {
        if (cell == null || cell.isBlank()) {
            return this;
        }
        Matcher m = LABELLED_UNITS.matcher(Chinese.simplified(cell));
        if (m.find()) {
            List<int[]> spans = new ArrayList<>();
            List<Boolean> isCo = new ArrayList<>();
            do {
                spans.add(new int[] {m.start(), m.end()});
                String label = m.group(1);
                isCo.add(label.startsWith("配合")
                        || label.startsWith("协办")
                        || label.startsWith("参与")
                        || label.startsWith("责任") && !lead.isEmpty());
            } while (m.find());
            addUnits(cell.substring(0, spans.get(0)[0]), coColumn);
            for (int i = 0; i < spans.size(); i++) {
                int end = i + 1 < spans.size() ? spans.get(i + 1)[0] : cell.length();
                addUnits(cell.substring(spans.get(i)[1], end), isCo.get(i) || coColumn);
            }
            return this;
        }
        addUnits(cell, coColumn);
        return this;
    }

    private void addUnits(String cell, boolean coColumn) {
        Units.Split split = Units.split(cell);
        if (coColumn || !lead.isEmpty() && split.co().isEmpty()) {
            addAll(co, split.lead());
        } else {
            addAll(lead, split.lead());
        }
        addAll(co, split.co());
    }

    private static void addAll(List<String> to, List<String> units) {
        for (String u : units) {
            String t = u.replaceAll("^[;;,,、。.]+|[;;,,、。.]+$", "").strip();
            if (!t.isEmpty() && !to.contains(t)) {
                to.add(t);
            }
        }
    }

    /** Takes "(牵头单位:…)" out of a text as this task's units; returns the text without it. */
    String takeInlineUnits(String text) {
        Matcher m = INLINE_UNIT.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder rest = new StringBuilder();
        int at = 0;
        do {
            units(m.group(2), !lead.isEmpty());
            rest.append(text, at, m.start());
            at = m.end();
        } while (m.find());
        return rest.append(text.substring(at)).toString();
    }

    boolean hasUnits() {
        return !lead.isEmpty() || !co.isEmpty();
    }

    boolean isEmpty() {
        return content.isEmpty() && lead.isEmpty() && co.isEmpty() && progress.isEmpty();
    }

    TaskRow build() {
        String text = content.toString().strip();
        Matcher inline = INLINE_UNIT.matcher(text);
        if (inline.find()) {
            if (lead.isEmpty()) {
                units(inline.group(2), false);
            }
            text = (text.substring(0, inline.start()) + text.substring(inline.end())).strip();
        }
        if (lead.isEmpty()) {
            Matcher trailing = TRAILING_UNIT.matcher(text);
            if (trailing.find() && Units.looksLikeUnits(trailing.group(1))) {
                units(trailing.group(1), false);
                text = (text.substring(0, trailing.start()) + text.substring(trailing.end(1) + 1)).strip();
            }
        }
        return new TaskRow(number, text, lead, co, progress.toString().strip(), group, extra);
    }

    private static void append(StringBuilder b, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        if (!b.isEmpty()) {
            b.append('\n');
        }
        b.append(text.strip());
    }
}
