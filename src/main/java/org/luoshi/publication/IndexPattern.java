package org.luoshi.publication;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.luoshi.DomainException;

/**
 * How a government writes its 索引号: {@code {code}}, {@code {year}} and {@code {serial}} or {@code {serial:N}}
 * (zero-padded to N digits) around fixed text. The default, {@code {code}/{year}-{serial:6}}, writes
 * {@code 001008009005001/2022-189013}.
 */
public record IndexPattern(String pattern) {

    private static final Pattern SERIAL = Pattern.compile("\\{serial(?::(\\d{1,2}))?}");
    public static final IndexPattern DEFAULT = new IndexPattern("{code}/{year}-{serial:6}");

    public IndexPattern {
        if (pattern == null || pattern.isBlank() || pattern.length() > 100) {
            throw DomainException.of(DomainException.Kind.BAD_INPUT, "publication.index-number-pattern-empty");
        }
        Matcher m = SERIAL.matcher(pattern);
        if (!m.find() || m.find()) {
            throw DomainException.of(DomainException.Kind.BAD_INPUT, "publication.index-number-pattern-needs", pattern);
        }
    }

    public String format(String code, int year, long serial) {
        if (serial < 1) {
            throw new IllegalArgumentException("serial must be positive: " + serial);
        }
        Matcher m = SERIAL.matcher(pattern.replace("{code}", code).replace("{year}", String.valueOf(year)));
        m.find();
        int width = m.group(1) == null ? 1 : Integer.parseInt(m.group(1));
        String digits = String.format("%0" + width + "d", serial);
        return m.replaceFirst(Matcher.quoteReplacement(digits));
    }
}
