package org.luoshi.plan;

import java.util.List;

/** What an edit made: the task (or target) id, the task's new version for the next edit, and the notices. */
public record EditResult(long id, int version, List<EditNotice> notices) {

    public EditResult {
        notices = List.copyOf(notices);
    }
}
