package org.luoshi.plan;

import org.luoshi.Sort;

/**
 * The columns a plan's task table sorts by. Each carries its own ORDER BY; ties keep the plan's printed order
 * ({@code t.seq}), so paging is stable. Status and period put tasks without one last in either direction.
 */
public enum TaskSort implements Sort.Column {

    /** 序号: the plan's printed order. */
    NUMBER("number") {
        @Override
        public String orderBy(String direction) {
            return "t.seq " + direction;
        }
    },
    /** 牵头单位: the first lead unit's name. */
    LEAD("lead") {
        @Override
        public String orderBy(String direction) {
            return """
                    (select u.name from task_unit tu join unit u on u.id = tu.unit_id
                     where tu.task_id = t.id and tu.role = 'lead' order by tu.seq fetch first 1 rows only) \
                    """ + direction + " nulls last, t.seq";
        }
    },
    /**
     * 状态: the status in force in the plan's latest period, from the most to the least worrying. Ranked in Java by
     * the {@link TaskRanking} (the judgement module's), so the SQL keeps the printed order.
     */
    STATUS("status") {
        @Override
        public String orderBy(String direction) {
            return "t.seq";
        }
    },
    /** 最新进展: the end of the latest period with progress. */
    PERIOD("period") {
        @Override
        public String orderBy(String direction) {
            return """
                    (select max(rp.end_date) from progress_entry pe join reporting_period rp on rp.id = pe.period_id
                     where pe.task_id = t.id) \
                    """ + direction + " nulls last, t.seq";
        }
    };

    private final String param;

    TaskSort(String param) {
        this.param = param;
    }

    @Override
    public String param() {
        return param;
    }

    public static Sort<TaskSort> parse(String sort, String dir) {
        return Sort.parse(TaskSort.class, sort, dir, NUMBER);
    }
}
