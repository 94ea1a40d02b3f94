package org.luoshi.progress;

import org.luoshi.Sort;

/** The columns a period's work list sorts by; ties keep the plan's order of tasks, then the unit's name. */
public enum ReportSort implements Sort.Column {

    /** 序号: the plan's printed order (the default). */
    NUMBER("number") {
        @Override
        public String orderBy(String direction) {
            return "t.seq " + direction + ", u.name";
        }
    },
    /** 单位: the reporting unit's name. */
    UNIT("unit") {
        @Override
        public String orderBy(String direction) {
            return "u.name " + direction + ", t.seq";
        }
    },
    /** 状态: the report's state along the workflow, from draft to accepted. */
    STATE("state") {
        @Override
        public String orderBy(String direction) {
            return "case r.state when 'draft' then 0 when 'returned' then 1 when 'submitted' then 2"
                    + " when 'approved' then 3 when 'accepted' then 4 end " + direction + ", t.seq, u.name";
        }
    },
    /** 更新时间: when the report last changed. */
    UPDATED("updated") {
        @Override
        public String orderBy(String direction) {
            return "r.updated_at " + direction + ", t.seq, u.name";
        }
    };

    private final String param;

    ReportSort(String param) {
        this.param = param;
    }

    @Override
    public String param() {
        return param;
    }

    public static Sort<ReportSort> parse(String sort, String dir) {
        return Sort.parse(ReportSort.class, sort, dir, NUMBER);
    }
}
