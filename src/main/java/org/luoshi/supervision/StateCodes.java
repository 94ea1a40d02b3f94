package org.luoshi.supervision;

import java.util.Locale;

/** The stored code of a lifecycle state: its enum name in lower case, read back exactly (an unknown code is a bug). */
final class StateCodes {

    private StateCodes() {}

    static String code(Enum<?> state) {
        return state.name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E>> E of(Class<E> type, String code) {
        for (E e : type.getEnumConstants()) {
            if (code(e).equals(code)) {
                return e;
            }
        }
        throw new IllegalArgumentException(type.getSimpleName() + ": " + code);
    }
}
