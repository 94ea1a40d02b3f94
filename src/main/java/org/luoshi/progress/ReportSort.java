package org.luoshi.progress;

import java.util.Comparator;
import java.util.List;
import org.luoshi.Sort;
import org.luoshi.progress.ReportViews.ReportRow;

/**
 * The columns a period's work list sorts by; ties keep the plan's order of tasks, then the unit's name. The task
 * order and the unit names are the plan module's, so the list is sorted in Java ({@link #comparator}) after the
 * rows are joined with them; the SQL only keeps the stored order stable.
 */
public enum ReportSort implements Sort.Column {

    /** 序号: the plan's printed order (the default). */
    NUMBER("number") {
        @Override
        Comparator<ReportRow> column() {
            return Comparator.comparingInt(ReportRow::taskSeq);
        }
    },
    /** 单位: the reporting unit's name. */
    UNIT("unit") {
        @Override
        Comparator<ReportRow> column() {
            return Comparator.comparing(ReportRow::unitName);
        }
    },
    /** 状态: the report's state along the workflow, from draft to accepted. */
    STATE("state") {
        @Override
        Comparator<ReportRow> column() {
            return Comparator.comparingInt(r -> WORKFLOW.indexOf(r.state()));
        }
    },
    /** 更新时间: when the report last changed. */
    UPDATED("updated") {
        @Override
        Comparator<ReportRow> column() {
            return Comparator.comparing(ReportRow::updatedAt, Comparator.nullsLast(Comparator.naturalOrder()));
        }
    };

    private static final List<String> WORKFLOW = List.of("draft", "returned", "submitted", "approved", "accepted");
    private static final Comparator<ReportRow> TIES =
            Comparator.comparingInt(ReportRow::taskSeq).thenComparing(ReportRow::unitName);

    private final String param;

    ReportSort(String param) {
        this.param = param;
    }

    abstract Comparator<ReportRow> column();

    /** The order of the rows: this column in the given direction, then the plan's order and the unit's name. */
    public Comparator<ReportRow> comparator(boolean descending) {
        return (descending ? column().reversed() : column()).thenComparing(TIES);
    }

    @Override
    public String param() {
        return param;
    }

    @Override
    public String orderBy(String direction) {
        return "r.id";
    }

    public static Sort<ReportSort> parse(String sort, String dir) {
        return Sort.parse(ReportSort.class, sort, dir, NUMBER);
    }
}
