package org.luoshi.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.luoshi.DomainException;
import org.luoshi.assessment.Rules;
import org.luoshi.document.AnalyzedDocument;
import org.luoshi.document.DocumentAnalyzer;
import org.luoshi.document.Finding;
import org.luoshi.document.ReadDocument;
import org.luoshi.document.TaskRow;
import org.luoshi.plan.PlanViews.PeriodView;
import org.luoshi.plan.PlanViews.PlanView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A stored plan as a document again: the tasks with their progress of one period, analyzed like a read one. */
@Service
@Transactional(readOnly = true)
public class PlanExporter {

    private final DocumentAnalyzer analyzer;
    private final JdbcClient jdbc;
    private final PlanQueries queries;

    PlanExporter(JdbcClient jdbc, PlanQueries queries, Rules rules) {
        this.analyzer = new DocumentAnalyzer(rules);
        this.jdbc = jdbc;
        this.queries = queries;
    }

    /** @param periodLabel the period to export, or null for the latest */
    public AnalyzedDocument export(long planId, String periodLabel, Scope scope) {
        PlanView plan = queries.plan(planId, scope)
                .orElseThrow(() -> DomainException.of(DomainException.Kind.NOT_FOUND, "web.no-such-plan", planId));
        List<PeriodView> periods = queries.periods(planId, scope);
        Optional<PeriodView> period = periodLabel == null
                ? periods.stream().reduce((a, b) -> b)
                : periods.stream().filter(p -> p.label().equals(periodLabel)).findFirst();
        if (periodLabel != null && period.isEmpty()) {
            throw DomainException.of(DomainException.Kind.NOT_FOUND, "plan.plan-has-no-period", periodLabel);
        }
        long periodId = period.map(PeriodView::id).orElse(-1L);
        List<TaskRow> rows = rows(planId, periodId);
        Map<String, String> disclosure = new LinkedHashMap<>();
        List<Finding> findings = new ArrayList<>();
        documentOf(planId, periodId).ifPresent(documentId -> {
            disclosure.putAll(disclosure(documentId));
            findings.addAll(findings(documentId));
        });
        String title = plan.title() + period.map(p -> p.label() + "完成情况").orElse("");
        ReadDocument document = new ReadDocument(
                title,
                plan.governmentName(),
                plan.year(),
                period.map(PeriodView::label).orElse(""),
                period.map(PeriodView::endDate).orElse(null),
                period.map(p -> p.expectedShare().stripTrailingZeros()).orElse(null),
                disclosure,
                rows,
                findings);
        return analyzer.analyze(document);
    }

    private List<TaskRow> rows(long planId, long periodId) {
        record Row(long id, String number, String content, String category, String extra, String progress) {}
        List<Row> rows = jdbc.sql("""
                        select t.id, t.number, t.content, t.category, t.extra,
                               coalesce((select pe.text from progress_entry pe
                                         where pe.task_id = t.id and pe.period_id = :period), '') as progress
                        from task t where t.plan_id = :plan order by t.seq""")
                .param("plan", planId)
                .param("period", periodId)
                .query(Row.class)
                .list();
        Map<Long, List<String>> lead = new LinkedHashMap<>();
        Map<Long, List<String>> co = new LinkedHashMap<>();
        jdbc.sql("""
                        select tu.task_id, tu.role, u.name from task_unit tu join unit u on u.id = tu.unit_id
                        join task t on t.id = tu.task_id where t.plan_id = :plan order by tu.task_id, tu.seq""")
                .param("plan", planId)
                .query((rs, i) -> {
                    var target = "lead".equals(rs.getString(2)) ? lead : co;
                    target.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getString(3));
                    return null;
                })
                .list();
        return rows.stream()
                .map(r -> new TaskRow(
                        r.number(),
                        r.content(),
                        lead.getOrDefault(r.id(), List.of()),
                        co.getOrDefault(r.id(), List.of()),
                        r.progress(),
                        r.category(),
                        ExtraColumns.read(r.extra())))
                .toList();
    }

    private Optional<Long> documentOf(long planId, long periodId) {
        return jdbc.sql("""
                        select id from imported_document where plan_id = :plan and period_id = :period
                        order by id desc fetch first 1 rows only""")
                .param("plan", planId)
                .param("period", periodId)
                .query(Long.class)
                .optional();
    }

    private Map<String, String> disclosure(long documentId) {
        String text = jdbc.sql("select disclosure from imported_document where id = :id")
                .param("id", documentId)
                .query(String.class)
                .single();
        Map<String, String> result = new LinkedHashMap<>();
        text.lines().map(l -> l.split("\t", 2)).filter(kv -> kv.length == 2).forEach(kv -> result.put(kv[0], kv[1]));
        return result;
    }

    private List<Finding> findings(long documentId) {
        return jdbc.sql(
                        "select kind, task_numbers, message from document_finding where document_id = :doc order by seq")
                .param("doc", documentId)
                .query((rs, i) -> new Finding(
                        rs.getString(1),
                        rs.getString(2).isEmpty()
                                ? List.of()
                                : Arrays.asList(rs.getString(2).split(",")),
                        rs.getString(3)))
                .list();
    }
}
