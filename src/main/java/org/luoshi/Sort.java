package org.luoshi;

import java.util.Locale;

/**
 * How a table is sorted: one column of a whitelist (an enum) and a direction, parsed from the request's
 * {@code sort} and {@code dir} parameters. Anything not on the whitelist falls back to the default, so no
 * user input ever reaches SQL: the ORDER BY comes from the enum constant.
 *
 * @param <C> the columns a table may be sorted by
 */
public record Sort<C extends Enum<C> & Sort.Column>(C column, boolean descending) {

    /** A sortable column: its name in the URL and the SQL that orders by it. */
    public interface Column {

        /** The value of {@code sort=} in the URL. */
        String param();

        /** The ORDER BY terms, given the direction ({@code "asc"} or {@code "desc"}, never user input). */
        String orderBy(String direction);
    }

    public Sort {
        if (column == null) {
            throw new IllegalArgumentException("a sort needs a column");
        }
    }

    /** The sort the URL asks for when its column is whitelisted, else {@code fallback} ascending. */
    public static <C extends Enum<C> & Column> Sort<C> parse(Class<C> columns, String sort, String dir, C fallback) {
        C column = fallback;
        if (sort != null) {
            for (C c : columns.getEnumConstants()) {
                if (c.param().equals(sort.strip())) {
                    column = c;
                }
            }
        }
        boolean descending = dir != null && "desc".equals(dir.strip().toLowerCase(Locale.ROOT));
        return new Sort<>(column, descending);
    }

    /** The SQL ORDER BY terms (without the keywords {@code order by}). */
    public String orderBy() {
        return column.orderBy(dir());
    }

    public String param() {
        return column.param();
    }

    public String dir() {
        return descending ? "desc" : "asc";
    }

    /** Whether the table is sorted by the column named {@code param}. */
    public boolean by(String param) {
        return column.param().equals(param);
    }

    /** The direction a header link asks for: the other one on the sorted column, ascending on any other. */
    public String nextDir(String param) {
        return by(param) && !descending ? "desc" : "asc";
    }

    /** The value of {@code aria-sort} for a header, or null when the table is not sorted by it. */
    public String ariaSort(String param) {
        if (!by(param)) {
            return null;
        }
        return descending ? "descending" : "ascending";
    }

    /** The arrow shown after a header's name. */
    public String arrow(String param) {
        if (!by(param)) {
            return "↕";
        }
        return descending ? "↓" : "↑";
    }
}
