package org.luoshi.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Headline indicators known by several names (地区生产总值 / 生产总值 / GDP …) and indicator groups (主要预期目标,
 * 约束性指标 …), read once from the data table {@code indicators.txt} beside this class. Immutable, thread-safe.
 */
final class Indicators {

    /** One name and the canonical name of its indicator; {@code indicator} false for a mere abbreviation. */
    private record Name(String name, String canonical, boolean indicator) {}

    private static final Indicators TABLE = load();

    /** Every name, longest first, so that a longer name wins over one it contains. */
    private final List<Name> names;

    private final List<String> groups;

    /** The characters names start with: a text without any of them needs no look-up. */
    private final String firsts;

    private Indicators(List<Name> names, List<String> groups) {
        this.names = List.copyOf(names);
        this.groups = List.copyOf(groups);
        StringBuilder f = new StringBuilder();
        for (Name n : names) {
            if (f.indexOf(n.name().substring(0, 1)) < 0) {
                f.append(n.name().charAt(0));
            }
        }
        this.firsts = f.toString();
    }

    static Indicators table() {
        return TABLE;
    }

    /** Parses the table's text: one indicator a line, names separated by |, "word:" and "group:" lines, # comments. */
    static Indicators parse(List<String> lines) {
        List<Name> names = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            boolean group = line.startsWith("group:");
            boolean word = line.startsWith("word:");
            String[] parts = (group ? line.substring(6) : word ? line.substring(5) : line).split("\\|");
            String canonical = parts[0].strip();
            for (String p : parts) {
                String name = p.strip();
                if (name.isEmpty()) {
                    continue;
                }
                if (group) {
                    groups.add(name);
                } else {
                    names.add(new Name(name, canonical, !word));
                }
            }
        }
        names.sort(Comparator.comparingInt((Name n) -> n.name().length()).reversed());
        return new Indicators(names, groups);
    }

    private static Indicators load() {
        try (InputStream in = Indicators.class.getResourceAsStream("indicators.txt")) {
            if (in == null) {
                throw new IllegalStateException("indicators.txt missing beside " + Indicators.class.getName());
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return parse(r.lines().toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with each indicator name written as its canonical name: "规上工业增加值增长" → "规模以上工业增加值增长". */
    String canonical(String text) {
        if (text == null || text.isEmpty() || !mayHoldName(text)) {
            return text == null ? "" : text;
        }
        StringBuilder b = new StringBuilder(text.length() + 8);
        int i = 0;
        outer:
        while (i < text.length()) {
            if (firsts.indexOf(text.charAt(i)) >= 0) {
                for (Name n : names) {
                    if (text.startsWith(n.name(), i)) {
                        b.append(n.canonical());
                        i += n.name().length();
                        continue outer;
                    }
                }
            }
            b.append(text.charAt(i++));
        }
        return b.toString();
    }

    /** The canonical names of the indicators the text names, in text order, each once. */
    List<String> named(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || !mayHoldName(text)) {
            return out;
        }
        int i = 0;
        outer:
        while (i < text.length()) {
            if (firsts.indexOf(text.charAt(i)) >= 0) {
                for (Name n : names) {
                    if (text.startsWith(n.name(), i)) {
                        if (n.indicator() && !out.contains(n.canonical())) {
                            out.add(n.canonical());
                        }
                        i += n.name().length();
                        continue outer;
                    }
                }
            }
            i++;
        }
        return out;
    }

    /** Whether the text names an indicator group (主要预期目标, 约束性指标 …). */
    boolean namesGroup(String text) {
        if (text == null) {
            return false;
        }
        for (String g : groups) {
            if (text.contains(g)) {
                return true;
            }
        }
        return false;
    }

    private boolean mayHoldName(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (firsts.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
