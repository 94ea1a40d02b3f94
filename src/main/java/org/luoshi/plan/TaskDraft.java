package org.luoshi.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.luoshi.DomainException;

/**
 * A task as the office typed it: the number as printed, the content, the heading it sits under, its units by
 * id, the responsible leader and the deadline as written. Checking it changes nothing; a refused draft is
 * shown again as typed.
 */
public record TaskDraft(
        String number,
        String content,
        String category,
        List<Long> leadUnits,
        List<Long> coUnits,
        String leader,
        String deadline) {

    static final int NUMBER_MAX = 20;
    static final int CONTENT_MAX = 20_000;
    static final int CATEGORY_MAX = 500;
    static final int LEADER_MAX = 200;
    static final int DEADLINE_MAX = 200;

    public TaskDraft {
        number = strip(number);
        content = strip(content);
        category = strip(category);
        leader = strip(leader);
        deadline = strip(deadline);
        List<Long> leads = distinct(leadUnits);
        leadUnits = leads;
        coUnits = distinct(coUnits).stream().filter(u -> !leads.contains(u)).toList();
    }

    /** Refuses an empty content or lead unit and any field longer than its column, naming the field. */
    TaskDraft checked() {
        if (content.isEmpty()) {
            throw DomainException.of(DomainException.Kind.BAD_INPUT, "edit.task.content.empty");
        }
        if (leadUnits.isEmpty()) {
            throw DomainException.of(DomainException.Kind.BAD_INPUT, "edit.task.lead.empty");
        }
        tooLong("number", number, NUMBER_MAX);
        tooLong("content", content, CONTENT_MAX);
        tooLong("category", category, CATEGORY_MAX);
        tooLong("leader", leader, LEADER_MAX);
        tooLong("deadline", deadline, DEADLINE_MAX);
        return this;
    }

    List<Long> allUnits() {
        List<Long> all = new ArrayList<>(leadUnits);
        all.addAll(coUnits);
        return all;
    }

    private static void tooLong(String field, String value, int max) {
        if (value.length() > max) {
            throw DomainException.of(DomainException.Kind.BAD_INPUT, "edit.field.tooLong", field, max);
        }
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    private static List<Long> distinct(List<Long> ids) {
        return ids == null
                ? List.of()
                : List.copyOf(new LinkedHashSet<>(
                        ids.stream().filter(java.util.Objects::nonNull).toList()));
    }
}
