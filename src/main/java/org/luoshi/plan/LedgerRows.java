package org.luoshi.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.luoshi.DomainException;
import org.luoshi.DomainException.Kind;
import org.luoshi.text.Quantity;
import org.luoshi.text.QuantityExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A plan's active tasks as 台账 rows, and an uploaded file's rows understood against them. */
@Component
class LedgerRows {

    /** The separator of targets in a cell, full-width as offices type it. */
    static final String SEPARATOR = "\uFF1B";

    private static final String LIST_SPLIT = "[\u3001\uFF0C,;\uFF1B]+";

    /** A stored active task with what the ledger shows of it. */
    record Current(long id, int version, String category, LedgerFile.Line line, List<Long> leads, List<Long> cos) {}

    /** A row of the file understood: its draft (units resolved), its targets when the cell changed, else null. */
    record Wanted(LedgerFile.Line line, TaskDraft draft, List<Quantity> targets) {}

    private final JdbcClient jdbc;
    private final Units units;
    private final QuantityExtractor quantities = new QuantityExtractor();

    LedgerRows(JdbcClient jdbc, Units units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    /** The plan's active tasks in order; {@code statuses} the latest status label per task id (may be empty). */
    Map<Long, Current> current(long planId, Map<Long, String> statuses) {
        record Head(
                long id, int version, String number, String content, String category, String leader, String deadline) {}
        List<Head> heads = jdbc.sql("""
                        select id, version, number, content, category, leader, deadline from task
                        where plan_id = :plan and state = 'active' order by seq""").param("plan", planId).query(Head.class).list();
        Map<Long, List<String[]>> units = new HashMap<>();
        jdbc.sql("""
                        select tu.task_id, tu.role, u.id, u.name from task_unit tu join unit u on u.id = tu.unit_id
                        join task t on t.id = tu.task_id where t.plan_id = :plan order by tu.task_id, tu.seq""")
                .param("plan", planId)
                .query((rs, i) -> units.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new String[] {rs.getString(2), rs.getString(3), rs.getString(4)}))
                .list();
        Map<Long, List<String>> targets = new HashMap<>();
        jdbc.sql("""
                        select g.task_id, g.text from target g join task t on t.id = g.task_id
                        where t.plan_id = :plan order by g.task_id, g.seq""")
                .param("plan", planId)
                .query((rs, i) -> targets.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(rs.getString(2)))
                .list();
        Map<Long, String> progress = latestProgress(planId);
        Map<Long, Current> result = new LinkedHashMap<>();
        for (Head h : heads) {
            List<String[]> us = units.getOrDefault(h.id(), List.of());
            List<String[]> leads = us.stream().filter(u -> u[0].equals("lead")).toList();
            List<String[]> cos = us.stream().filter(u -> u[0].equals("co")).toList();
            LedgerFile.Line line = new LedgerFile.Line(
                    0,
                    h.id(),
                    h.number(),
                    h.content(),
                    String.join("\u3001", leads.stream().map(u -> u[2]).toList()),
                    String.join("\u3001", cos.stream().map(u -> u[2]).toList()),
                    h.leader(),
                    h.deadline(),
                    String.join(SEPARATOR, targets.getOrDefault(h.id(), List.of())),
                    progress.getOrDefault(h.id(), ""),
                    statuses.getOrDefault(h.id(), ""));
            result.put(
                    h.id(),
                    new Current(
                            h.id(),
                            h.version(),
                            h.category(),
                            line,
                            leads.stream().map(u -> Long.parseLong(u[1])).toList(),
                            cos.stream().map(u -> Long.parseLong(u[1])).toList()));
        }
        return result;
    }

    private Map<Long, String> latestProgress(long planId) {
        Map<Long, String> result = new HashMap<>();
        jdbc.sql("""
                        select pe.task_id, pe.text from progress_entry pe join reporting_period rp on rp.id = pe.period_id
                        where rp.plan_id = :plan order by rp.end_date, rp.id""")
                .param("plan", planId)
                .query((rs, i) -> result.put(rs.getLong(1), rs.getString(2)))
                .list();
        return result;
    }

    /** The row as a draft of its task; a bad cell refuses the whole file, naming the row. */
    Wanted understand(long governmentId, LedgerFile.Line line, Current current) {
        String category = current == null ? "" : current.category();
        TaskDraft draft = new TaskDraft(
                line.number(),
                line.content(),
                category,
                resolve(governmentId, line.line(), line.leads()),
                resolve(governmentId, line.line(), line.cos()),
                line.leader(),
                line.deadline());
        try {
            draft.checked();
        } catch (DomainException e) {
            throw DomainException.of(Kind.BAD_INPUT, "plan.ledger-row", line.line(), e);
        }
        String before = current == null ? "" : current.line().targets();
        List<Quantity> targets =
                normalized(line.targets()).equals(normalized(before)) ? null : targets(line.line(), line.targets());
        return new Wanted(line, draft, targets);
    }

    private List<Long> resolve(long governmentId, int line, String cell) {
        List<Long> ids = new ArrayList<>();
        for (String name : cell.split(LIST_SPLIT)) {
            String n = name.strip();
            if (!n.isEmpty()) {
                ids.add(units.find(governmentId, n)
                        .orElseThrow(() -> DomainException.of(Kind.BAD_INPUT, "edit.ledger.unit", line, n)));
            }
        }
        return ids;
    }

    /** Each piece of the cell is one target, kept as written; the reader finds its figure. */
    private List<Quantity> targets(int line, String cell) {
        List<Quantity> result = new ArrayList<>();
        for (String piece : cell.split("[;\uFF1B\n]+")) {
            String p = piece.strip();
            if (p.isEmpty()) {
                continue;
            }
            List<Quantity> found = quantities.targets(p);
            if (found.isEmpty() || p.length() > 500) {
                throw DomainException.of(Kind.BAD_INPUT, "edit.ledger.target", line, p);
            }
            Quantity q = found.get(0);
            String metric = q.metric().isEmpty() && q.start() > 0 ? p.substring(0, q.start()) : q.metric();
            result.add(new Quantity(p, metric, q.kind(), q.value(), q.magnitude(), q.unit(), q.comparison(), "", -1));
        }
        return result;
    }

    static String normalized(String targets) {
        return String.join(
                SEPARATOR,
                List.of(targets.split("[;\uFF1B\n]+")).stream()
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList());
    }
}
