package org.luoshi.plan;

import java.util.ArrayList;
import java.util.List;
import org.luoshi.Phrase;
import org.luoshi.document.AnalyzedTask;
import org.luoshi.document.TaskRow;
import org.luoshi.job.Progress;
import org.luoshi.text.Quantity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Writes a document's tasks into a plan: each row is matched to the plan's existing task (same number and
 * content, or same content, or same number and a similar start), changed only where it differs, and new
 * rows are appended. So importing the next period's report of the same plan adds progress, not tasks.
 */
@Component
class TaskWriter {

    record Outcome(int added, int updated, int progressWritten, int unitsCreated) {}

    private record Existing(long id, String number, int seq, String content, boolean targetsByHand) {}

    private final JdbcClient jdbc;
    private final Units units;
    private final PeriodWriter periods;

    TaskWriter(JdbcClient jdbc, Units units, PeriodWriter periods) {
        this.jdbc = jdbc;
        this.units = units;
        this.periods = periods;
    }

    Outcome write(long gov, long planId, Long periodId, List<AnalyzedTask> tasks) {
        return write(gov, planId, periodId, tasks, Progress.NONE);
    }

    /** The same, as a step of {@code written} advancing by one per task written. */
    Outcome write(long gov, long planId, Long periodId, List<AnalyzedTask> tasks, Progress written) {
        written.step(new Phrase("job.step.write-tasks"), tasks.size());
        List<Existing> existing = new ArrayList<>(jdbc.sql(
                        "select id, number, seq, content, targets_by_hand from task where plan_id = :plan order by seq")
                .param("plan", planId)
                .query(Existing.class)
                .list());
        int nextSeq = existing.stream().mapToInt(Existing::seq).max().orElse(0) + 1;
        Units.Resolver resolver = units.resolver(gov);
        int added = 0;
        int updated = 0;
        int progress = 0;
        for (AnalyzedTask task : tasks) {
            TaskRow row = task.row();
            Existing match = match(existing, row);
            long taskId;
            if (match == null) {
                taskId = insertTask(gov, planId, nextSeq++, row);
                added++;
            } else {
                existing.remove(match);
                taskId = match.id();
            }
            boolean contentChanged = match != null && updateTask(match, row);
            boolean unitsChanged = writeUnits(gov, taskId, row, resolver);
            // Targets the office set by hand are not overwritten by what a later document reads.
            boolean targetsChanged =
                    (match == null || !match.targetsByHand()) && writeTargets(gov, taskId, task.targets());
            if (match != null && (contentChanged || unitsChanged || targetsChanged)) {
                updated++;
            }
            if (periodId != null && periods.writeProgress(gov, taskId, periodId, row.progress())) {
                progress++;
            }
            written.advance();
        }
        return new Outcome(added, updated, progress, resolver.created());
    }

    private static Existing match(List<Existing> existing, TaskRow row) {
        String content = normalize(row.content());
        for (Existing e : existing) {
            if (e.number().equals(row.number()) && normalize(e.content()).equals(content)) {
                return e;
            }
        }
        for (Existing e : existing) {
            if (normalize(e.content()).equals(content)) {
                return e;
            }
        }
        if (!row.number().isEmpty() && content.length() >= 10) {
            for (Existing e : existing) {
                if (e.number().equals(row.number()) && normalize(e.content()).startsWith(content.substring(0, 10))) {
                    return e;
                }
            }
        }
        return null;
    }

    private static String normalize(String s) {
        return s.replaceAll("\\s+", "");
    }

    private static boolean changedContent(Existing e, TaskRow row) {
        return !e.content().equals(row.content()) || !e.number().equals(row.number());
    }

    private long insertTask(long gov, long planId, int seq, TaskRow row) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into task (government_id, plan_id, number, seq, content, category, extra)
                values (:gov, :plan, :number, :seq, :content, :category, :extra)""")
                .param("gov", gov)
                .param("plan", planId)
                .param("number", row.number())
                .param("seq", seq)
                .param("content", row.content())
                .param("category", row.group())
                .param("extra", ExtraColumns.write(row.extra()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    private boolean updateTask(Existing e, TaskRow row) {
        if (!changedContent(e, row)) {
            return false;
        }
        jdbc.sql(
                        "update task set number = :number, content = :content, category = :category, extra = :extra, version = version + 1 where id = :id")
                .param("number", row.number())
                .param("content", row.content())
                .param("category", row.group())
                .param("extra", ExtraColumns.write(row.extra()))
                .param("id", e.id())
                .update();
        return true;
    }

    private boolean writeUnits(long gov, long taskId, TaskRow row, Units.Resolver resolver) {
        List<String> wanted = new ArrayList<>();
        row.leadUnits().forEach(u -> wanted.add("lead\t" + resolver.idOf(u)));
        row.coUnits().forEach(u -> wanted.add("co\t" + resolver.idOf(u)));
        List<String> current = jdbc.sql(
                        "select role, unit_id from task_unit where task_id = :task order by role desc, seq")
                .param("task", taskId)
                .query((rs, i) -> rs.getString(1) + "\t" + rs.getLong(2))
                .list();
        if (current.equals(wanted)) {
            return false;
        }
        jdbc.sql("delete from task_unit where task_id = :task")
                .param("task", taskId)
                .update();
        int seq = 0;
        for (String w : wanted) {
            String[] parts = w.split("\t");
            jdbc.sql(
                            "insert into task_unit (task_id, government_id, role, seq, unit_id) values (:task, :gov, :role, :seq, :unit)")
                    .param("task", taskId)
                    .param("gov", gov)
                    .param("role", parts[0])
                    .param("seq", seq++)
                    .param("unit", Long.parseLong(parts[1]))
                    .update();
        }
        return true;
    }

    private boolean writeTargets(long gov, long taskId, List<Quantity> targets) {
        List<Quantity> current = jdbc.sql("""
                        select text, metric, kind, val, magnitude, unit, comparator from target
                        where task_id = :task order by seq""")
                .param("task", taskId)
                .query((rs, i) -> StoredQuantities.target(rs))
                .list();
        if (StoredQuantities.sameTargets(current, targets)) {
            return false;
        }
        jdbc.sql("delete from target where task_id = :task")
                .param("task", taskId)
                .update();
        int seq = 0;
        for (Quantity q : targets) {
            jdbc.sql("""
                    insert into target (government_id, task_id, seq, text, metric, kind, val, magnitude, unit, comparator)
                    values (:gov, :task, :seq, :text, :metric, :kind, :val, :magnitude, :unit, :comparator)""")
                    .param("gov", gov)
                    .param("task", taskId)
                    .param("seq", seq++)
                    .param("text", StoredQuantities.clip(q.text(), 500))
                    .param("metric", StoredQuantities.clip(q.metric(), 500))
                    .param("kind", q.kind().code())
                    .param("val", q.value())
                    .param("magnitude", q.magnitude())
                    .param("unit", StoredQuantities.clip(q.unit(), 40))
                    .param("comparator", q.comparison().symbol())
                    .update();
        }
        return true;
    }
}
