package org.luoshi.plan;

import java.util.ArrayList;
import java.util.List;

/** A task's change in words for its 变更记录: "序号:2 → 3;牵头单位:市财政局 → 市发改委\u3001市财政局". */
final class TaskChanges {

    private TaskChanges() {}

    static String created(TaskDraft draft, EditedTasks tasks) {
        List<String> parts = new ArrayList<>();
        parts.add("新增任务" + (draft.number().isEmpty() ? "" : "“" + draft.number() + "”") + ":"
                + clip(draft.content(), 200));
        parts.add("牵头单位:" + String.join("\u3001", tasks.unitNames(draft.leadUnits())));
        if (!draft.coUnits().isEmpty()) {
            parts.add("配合单位:" + String.join("\u3001", tasks.unitNames(draft.coUnits())));
        }
        return String.join(";", parts);
    }

    /** The changed fields, or "" when the draft changes nothing. */
    static String between(EditedTasks.Row row, EditedTasks tasks, TaskDraft draft) {
        List<String> parts = new ArrayList<>();
        field(parts, "序号", row.number(), draft.number());
        if (!row.content().equals(draft.content())) {
            parts.add("工作内容改为:" + clip(draft.content(), 200));
        }
        field(parts, "分类", row.category(), draft.category());
        field(parts, "分管领导", row.leader(), draft.leader());
        field(parts, "完成时限", row.deadline(), draft.deadline());
        field(
                parts,
                "牵头单位",
                String.join("\u3001", tasks.unitNames(row.id(), "lead")),
                String.join("\u3001", tasks.unitNames(draft.leadUnits())));
        field(
                parts,
                "配合单位",
                String.join("\u3001", tasks.unitNames(row.id(), "co")),
                String.join("\u3001", tasks.unitNames(draft.coUnits())));
        return String.join(";", parts);
    }

    private static void field(List<String> parts, String name, String before, String after) {
        if (!before.equals(after)) {
            parts.add(name + ":" + (before.isEmpty() ? "(空)" : clip(before, 200)) + " → "
                    + (after.isEmpty() ? "(空)" : clip(after, 200)));
        }
    }

    static String clip(String s, int max) {
        return s.length() > max ? s.substring(0, max) + "…" : s;
    }
}
