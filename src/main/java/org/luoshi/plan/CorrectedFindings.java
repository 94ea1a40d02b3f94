package org.luoshi.plan;

import java.util.ArrayList;
import java.util.List;
import org.luoshi.document.Finding;
import org.luoshi.document.TaskRow;

/**
 * The reader's findings after the office corrected its grid: those the corrections settle are checked again on the
 * corrected rows (a lead unit missing), the others are kept as the reader stated them.
 */
final class CorrectedFindings {

    private CorrectedFindings() {}

    static List<Finding> of(List<Finding> read, List<TaskRow> tasks) {
        List<Finding> out = new ArrayList<>();
        read.stream().filter(f -> !f.kind().equals("missing-unit")).forEach(out::add);
        List<String> noUnit = tasks.stream()
                .filter(t -> t.leadUnits().isEmpty() && !t.number().isEmpty())
                .map(TaskRow::number)
                .toList();
        if (!noUnit.isEmpty() && noUnit.size() < tasks.size()) {
            out.add(new Finding(
                    "missing-unit",
                    noUnit,
                    "\u5E8F\u53F7" + String.join("\u3001", noUnit) + "\u672A\u5199\u660E\u7275\u5934\u5355\u4F4D"));
        }
        return out;
    }
}
