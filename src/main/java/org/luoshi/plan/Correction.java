package org.luoshi.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * One correction of what the reader made of a document, applied in order to the import grid ({@link ImportGrid}).
 * Rows are counted from 0 in the grid as the corrections before this one left it. Each correction is stored as one
 * line of tab-separated fields ({@link #line()}, {@link #parse}), in the pending import and with the imported
 * document.
 */
public sealed interface Correction {

    /** The column named {@code column} (its header as read) feeds {@code role}. A layout correction. */
    record SetRole(String column, ColumnRole role) implements Correction {}

    /** The row is joined to the one above it (a task the reader cut in two). */
    record Merge(int row) implements Correction {}

    /** The row's task text is cut at {@code at} characters: the rest becomes a new row below, with the same units. */
    record Split(int row, int at) implements Correction {}

    /** The row is a heading: the rows below it are grouped under its text. */
    record Heading(int row) implements Correction {}

    /** The row is not a task. As a layout correction its text is remembered ({@link IgnoreLine}). */
    record NotATask(int row) implements Correction {}

    /** The cell of the row in the named column holds {@code value}. */
    record EditCell(int row, String column, String value) implements Correction {}

    /** Rows whose task text is this are not tasks: the form a {@link NotATask} takes in a layout profile. */
    record IgnoreLine(String text) implements Correction {}

    /** Column roles and ignored lines: what a layout profile keeps. */
    default boolean layout() {
        return this instanceof SetRole || this instanceof IgnoreLine;
    }

    default String line() {
        if (this instanceof SetRole r) {
            return join("role", r.column(), r.role().code());
        } else if (this instanceof Merge m) {
            return join("merge", String.valueOf(m.row()));
        } else if (this instanceof Split s) {
            return join("split", String.valueOf(s.row()), String.valueOf(s.at()));
        } else if (this instanceof Heading h) {
            return join("heading", String.valueOf(h.row()));
        } else if (this instanceof NotATask n) {
            return join("skip", String.valueOf(n.row()));
        } else if (this instanceof EditCell e) {
            return join("edit", String.valueOf(e.row()), e.column(), e.value());
        }
        return join("ignore", ((IgnoreLine) this).text());
    }

    /** The correction a stored line holds; {@link IllegalArgumentException} for a line not written by {@link #line}. */
    static Correction parse(String line) {
        List<String> f = split(line);
        String kind = f.get(0);
        try {
            return switch (kind) {
                case "role" -> new SetRole(f.get(1), java.util.Objects.requireNonNull(ColumnRole.of(f.get(2))));
                case "merge" -> new Merge(Integer.parseInt(f.get(1)));
                case "split" -> new Split(Integer.parseInt(f.get(1)), Integer.parseInt(f.get(2)));
                case "heading" -> new Heading(Integer.parseInt(f.get(1)));
                case "skip" -> new NotATask(Integer.parseInt(f.get(1)));
                case "edit" -> new EditCell(Integer.parseInt(f.get(1)), f.get(2), f.get(3));
                case "ignore" -> new IgnoreLine(f.get(1));
                default -> throw new IllegalArgumentException("unknown correction " + kind);
            };
        } catch (IndexOutOfBoundsException | NullPointerException | NumberFormatException e) {
            throw new IllegalArgumentException("malformed correction: " + line, e);
        }
    }

    private static String join(String... fields) {
        StringBuilder sb = new StringBuilder();
        for (String f : fields) {
            if (!sb.isEmpty()) {
                sb.append('\t');
            }
            for (char c : f.toCharArray()) {
                switch (c) {
                    case '\\' -> sb.append("\\\\");
                    case '\t' -> sb.append("\\t");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    default -> sb.append(c);
                }
            }
        }
        return sb.toString();
    }

    private static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                out.add(sb.toString());
                sb.setLength(0);
            } else if (c == '\\' && i + 1 < line.length()) {
                char n = line.charAt(++i);
                sb.append(
                        switch (n) {
                            case 't' -> '\t';
                            case 'n' -> '\n';
                            case 'r' -> '\r';
                            default -> n;
                        });
            } else {
                sb.append(c);
            }
        }
        out.add(sb.toString());
        return out;
    }
}
