package org.luoshi;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User-facing texts by code, read from the message bundles the pages use ({@code messages*.properties}: Chinese is
 * the default bundle, English the {@code _en} one). Plain Java, so that a module without Spring, a domain exception
 * or a command-line message can name its text by code instead of writing Chinese and English inline. Formatting
 * follows Spring's {@code MessageSource}: a text without arguments is returned as written, one with arguments goes
 * through {@link MessageFormat}.
 */
public final class Texts {

    /** The same basenames as {@code spring.messages.basename} (checked by a test). */
    public static final List<String> BASENAMES = List.of(
            "messages",
            "messages-reporting",
            "messages-publication",
            "messages-day",
            "messages-edit",
            "messages-integrators",
            "messages-loop",
            "messages-reader",
            "messages-scale",
            "messages-api");

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Texts() {}

    public static String zh(String code, Object... args) {
        return get(Locale.ROOT, code, args);
    }

    public static String en(String code, Object... args) {
        return get(Locale.ENGLISH, code, args);
    }

    /** The text of {@code code} in {@code locale} (English for any English locale, else Chinese). */
    public static String get(Locale locale, String code, Object... args) {
        Locale bundleLocale = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
        for (String basename : BASENAMES) {
            ResourceBundle bundle =
                    ResourceBundle.getBundle(basename, bundleLocale, Texts.class.getClassLoader(), NO_FALLBACK);
            if (bundle.containsKey(code)) {
                String pattern = bundle.getString(code);
                return args == null || args.length == 0
                        ? pattern
                        : new MessageFormat(pattern, bundleLocale).format(args);
            }
        }
        throw new MissingResourceException("no text for " + code, Texts.class.getName(), code);
    }

    /** True when a text exists for {@code code} in both languages. */
    public static boolean has(String code) {
        try {
            zh(code);
            en(code);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }
}
