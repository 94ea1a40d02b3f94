package org.luoshi.web.admin;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.luoshi.assessment.Status;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The detail of an audit entry as the audit page shows it: a status override is stored with the status codes
 * ("period 3: completed → at_risk (reason)"), and the page names those statuses in words of the page's language.
 * The stored detail (hash-chained) stays as written; the reason in brackets is the user's text and left alone.
 */
@Component("auditDetails")
public class AuditDetails {

    private static final Pattern STATUS = Pattern.compile("\\b("
            + Arrays.stream(Status.values())
                    .map(Status::code)
                    .sorted((a, b) -> b.length() - a.length())
                    .map(Pattern::quote)
                    .collect(Collectors.joining("|"))
            + ")\\b");

    private final MessageSource messages;

    AuditDetails(MessageSource messages) {
        this.messages = messages;
    }

    public String words(String action, String detail, Locale locale) {
        if (detail == null || action == null || !action.startsWith("judgement.override")) {
            return detail;
        }
        int reason = detail.indexOf(" (");
        String head = reason < 0 ? detail : detail.substring(0, reason);
        String tail = reason < 0 ? "" : detail.substring(reason);
        Matcher m = STATUS.matcher(head);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String code = m.group(1);
            m.appendReplacement(
                    out, Matcher.quoteReplacement(messages.getMessage("status." + code, null, code, locale)));
        }
        m.appendTail(out);
        return out + tail;
    }
}
