package org.luoshi.web.admin;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The detail of an audit entry as the audit page and the task's change log (变更记录) show it. Entries are stored
 * with the program's codes ("period 3: not_reported → behind (reason)", "submitted → returned; reason: …", "text 52
 * chars"), hash-chained and never rewritten; the pages name those states and phrases in words of the page's
 * language ("未报送 → 滞后序时", "not reported → behind"). What the user typed (a reason, a remark) is left as it is.
 */
@Component("auditDetails")
public class AuditDetails {

    /** The vocabulary of states by the action's prefix (report.submit → report.state.*). */
    private static final Map<String, String> STATES = new LinkedHashMap<>();

    static {
        STATES.put("judgement.", "status.");
        STATES.put("report.", "report.state.");
        STATES.put("item.", "loop.item.state.");
        STATES.put("receipt.", "loop.receipt.state.");
        STATES.put("closure.", "loop.closure.state.");
        STATES.put("bulletin.", "loop.bulletin.state.");
    }

    /** Whole details the program writes in English, by action: each is a text of the bundles with the groups. */
    private static final Map<String, Pattern> WHOLE = Map.of(
            // since the preview became an editor: ", N corrections" and ", layout profile applied" follow
            "plan.import",
                    Pattern.compile("^(.*): (\\d+) tasks, (\\d+) added, (\\d+) updated, (\\d+) progress"
                            + "(?:, (\\d+) corrections)?(, layout profile applied)?$"),
            "period.open", Pattern.compile("^plan \\d+, (.*), due (\\S+), share (\\S+), (\\d+) report slots$"),
            "plan.unit_approval", Pattern.compile("^unit approval (required|not used)$"));

    private static final Pattern CHANGE = Pattern.compile("\\b([a-z][a-z_]*) → ([a-z][a-z_]*)\\b");
    private static final Pattern BACK_TO = Pattern.compile("\\bback to ([a-z][a-z_]*)\\b");
    private static final Pattern PERIOD = Pattern.compile("^period (\\S+): ");
    private static final Pattern CHARS = Pattern.compile("\\btext (\\d+) chars\\b");
    private static final Pattern FIGURES_CHARS = Pattern.compile("\\bfigures (\\d+) chars\\b");
    private static final Pattern LABELLED = Pattern.compile("^(reason|remark): ");

    private final MessageSource messages;

    AuditDetails(MessageSource messages) {
        this.messages = messages;
    }

    public String words(String action, String detail, Locale locale) {
        if (detail == null || action == null) {
            return detail;
        }
        Pattern whole = WHOLE.get(action);
        if (whole != null) {
            Matcher m = whole.matcher(detail);
            if (m.matches()) {
                Object[] groups = new Object[m.groupCount()];
                for (int i = 0; i < groups.length; i++) {
                    groups[i] = m.group(i + 1) == null ? "" : m.group(i + 1);
                }
                if (action.equals("plan.import")) {
                    groups[5] = "".equals(groups[5]) || "0".equals(groups[5])
                            ? ""
                            : messages.getMessage(
                                    "day.audit.plan.import.corrections", new Object[] {groups[5]}, locale);
                    groups[6] = "".equals(groups[6])
                            ? ""
                            : messages.getMessage("day.audit.plan.import.profile", null, locale);
                }
                String key = "day.audit." + action + (action.equals("plan.unit_approval") ? "." + groups[0] : "");
                return messages.getMessage(key.replace(' ', '-'), groups, locale);
            }
            return detail;
        }
        String states = STATES.entrySet().stream()
                .filter(e -> action.startsWith(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
        if (states == null) {
            return detail;
        }
        // the user's own text comes last: in brackets (an override's reason) or after "; " (a return's reason)
        int own = action.startsWith("judgement.") ? detail.indexOf(" (") : detail.indexOf("; ");
        String head = own < 0 ? detail : detail.substring(0, own);
        String tail = own < 0 ? "" : detail.substring(own);
        head = replace(PERIOD, head, m -> text("day.audit.period", locale, m.group(1)));
        head = replace(
                CHANGE, head, m -> state(states, m.group(1), locale) + " → " + state(states, m.group(2), locale));
        head = replace(BACK_TO, head, m -> text("day.audit.backTo", locale, state(states, m.group(1), locale)));
        if (tail.startsWith("; ")) {
            String what = tail.substring(2);
            what = replace(CHARS, what, m -> text("day.audit.chars", locale, m.group(1)));
            what = replace(FIGURES_CHARS, what, m -> text("day.audit.figuresChars", locale, m.group(1)));
            what = replace(LABELLED, what, m -> text("day.audit." + m.group(1), locale));
            tail = "; " + what;
        } else if (tail.startsWith(" (")) {
            tail = " (" + text("day.audit.reason", locale) + tail.substring(2);
        }
        return head + tail;
    }

    private String state(String vocabulary, String code, Locale locale) {
        return messages.getMessage(vocabulary + code, null, code, locale);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static String replace(Pattern p, String s, java.util.function.Function<Matcher, String> words) {
        Matcher m = p.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(words.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
