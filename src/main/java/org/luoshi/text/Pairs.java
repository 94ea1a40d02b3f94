package org.luoshi.text;

/**
 * A set of character pairs (bigrams, each packed in an int as {@code first << 16 | second}), open-addressed on
 * an int array: the subject and metric comparisons build thousands of these per document, and boxed
 * {@code HashSet<Integer>}s cost more than the comparisons themselves.
 */
final class Pairs {

    private int[] table;
    private int size;
    /** The pair of two NUL characters packs to 0, the empty slot's mark; it is kept aside. */
    private boolean zero;

    private Pairs(int expected) {
        int capacity = 16;
        while (capacity < expected * 2) {
            capacity <<= 1;
        }
        table = new int[capacity];
    }

    /** The distinct bigrams of {@code text}. */
    static Pairs of(CharSequence text) {
        Pairs out = new Pairs(text.length());
        for (int i = 0; i + 1 < text.length(); i++) {
            out.add(pack(text.charAt(i), text.charAt(i + 1)));
        }
        return out;
    }

    /** An empty set for about {@code expected} pairs. */
    static Pairs empty(int expected) {
        return new Pairs(expected);
    }

    static int pack(char a, char b) {
        return (a << 16) | b;
    }

    boolean contains(int pair) {
        if (pair == 0) {
            return zero;
        }
        int mask = table.length - 1;
        for (int i = mix(pair) & mask; ; i = (i + 1) & mask) {
            int v = table[i];
            if (v == pair) {
                return true;
            }
            if (v == 0) {
                return false;
            }
        }
    }

    /** Adds {@code pair}; true when it was not there yet. */
    boolean add(int pair) {
        if (pair == 0) {
            boolean added = !zero;
            zero = true;
            size += added ? 1 : 0;
            return added;
        }
        int mask = table.length - 1;
        int i = mix(pair) & mask;
        while (table[i] != 0) {
            if (table[i] == pair) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = pair;
        size++;
        if (size * 2 > table.length) {
            grow();
        }
        return true;
    }

    int size() {
        return size;
    }

    private void grow() {
        int[] old = table;
        table = new int[old.length * 2];
        size = zero ? 1 : 0;
        for (int v : old) {
            if (v != 0) {
                add(v);
            }
        }
    }

    private static int mix(int x) {
        int h = x * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
