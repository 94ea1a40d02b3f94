package org.luoshi.text;

/** What a number measures, in the vocabulary of the canonical JSON. */
public enum QuantityKind {
    /** A rate of change: 增长7%, 同比增长4.3%, 下降2% (negative). */
    GROWTH("growth"),
    /** An absolute quantity with a unit: 1000个, 8500亿元, 1.8万人. */
    AMOUNT("amount"),
    /** A level in percent that is neither growth nor completion: 占比68.5%. */
    RATIO("ratio"),
    /** A share of the annual task done: 完成年度任务的130%. */
    COMPLETION("completion");

    private final String code;

    QuantityKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static QuantityKind fromCode(String code) {
        for (QuantityKind k : values()) {
            if (k.code.equals(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown quantity kind: " + code);
    }
}
