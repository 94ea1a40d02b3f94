package org.luoshi.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Read models of plans and tasks, filled by SQL for lists and pages. */
public final class PlanViews {

    private PlanViews() {}

    public record PlanView(
            long id,
            long governmentId,
            String governmentName,
            int year,
            String title,
            String sourceName,
            int taskCount,
            String latestPeriod) {}

    public record TaskItem(
            long id,
            String number,
            int seq,
            String content,
            List<String> leadUnits,
            String latestProgress,
            String latestPeriod,
            String state) {

        /** False for a task cancelled (销号) or merged into another: the plan still lists it, marked. */
        public boolean active() {
            return TaskState.ACTIVE.code().equals(state);
        }
    }

    public record TaskPage(List<TaskItem> items, long total, int page, int size) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    /** Filters of the task table; blank means no filter. {@code page} counts from 0. */
    public record TaskFilter(Long unitId, String keyword, int page, int size) {
        public TaskFilter {
            keyword = keyword == null ? "" : keyword.strip();
            page = Math.max(0, page);
            size = size <= 0 ? 20 : Math.min(size, 200);
        }
    }

    public record UnitView(long id, String name) {}

    public record PeriodView(
            long id,
            String label,
            LocalDate startDate,
            LocalDate endDate,
            LocalDate dueDate,
            BigDecimal expectedShare) {}

    public record ProgressView(String periodLabel, LocalDate periodEnd, String text) {}

    public record TargetView(
            String text,
            String metric,
            String kind,
            BigDecimal value,
            BigDecimal magnitude,
            String unit,
            String comparator) {}

    public record TaskDetail(
            long id,
            long planId,
            String planTitle,
            int year,
            long governmentId,
            String governmentName,
            String number,
            int seq,
            String content,
            String category,
            List<String> leadUnits,
            List<String> coUnits,
            List<TargetView> targets,
            List<ProgressView> progress,
            Map<String, String> extra) {}

    public record FindingView(String kind, String taskNumbers, String message, String fileName) {}
}
