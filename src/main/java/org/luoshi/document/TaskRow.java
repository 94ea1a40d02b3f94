package org.luoshi.document;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One task as printed in a document, before any interpretation of its numbers.
 *
 * @param number    as printed ("84"); "" when the layout has no numbers
 * @param content   the task text (工作内容), trimmed
 * @param leadUnits the lead units, each verbatim ("市财政局(国资委)" stays one string)
 * @param coUnits   the other responsible units, where the document distinguishes them
 * @param progress  the progress text; "" when the document has none
 * @param group     the group heading the task sits under ("一、…", "XX市长牵头重点工作"); "" when none
 * @param extra     other columns kept verbatim by their header (分管市长, 完成时限, 进展状态 …), in order
 */
public record TaskRow(
        String number,
        String content,
        List<String> leadUnits,
        List<String> coUnits,
        String progress,
        String group,
        Map<String, String> extra) {

    public TaskRow {
        number = Objects.requireNonNullElse(number, "");
        content = Objects.requireNonNullElse(content, "");
        leadUnits = List.copyOf(Objects.requireNonNullElse(leadUnits, List.of()));
        coUnits = List.copyOf(Objects.requireNonNullElse(coUnits, List.of()));
        progress = Objects.requireNonNullElse(progress, "");
        group = Objects.requireNonNullElse(group, "");
        extra = extra == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extra));
    }
}
