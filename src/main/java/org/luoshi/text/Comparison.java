package org.luoshi.text;

/** How a stated figure binds: 以上 (at least), 以内 (at most), 左右 (about) or exactly. */
public enum Comparison {
    AT_LEAST(">="),
    AT_MOST("<="),
    EXACT("="),
    ABOUT("~");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public static Comparison fromSymbol(String symbol) {
        for (Comparison c : values()) {
            if (c.symbol.equals(symbol)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown comparator: " + symbol);
    }
}
