package org.luoshi.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.luoshi.account.LuoshiUser;
import org.luoshi.judgement.FindingGroups;
import org.luoshi.judgement.JudgementQueries;
import org.luoshi.plan.PeriodData;
import org.luoshi.plan.PlanQueries;
import org.luoshi.plan.PlanViews.PeriodView;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A period's findings grouped by kind and unit, filtered, and exported as CSV. */
@Controller
class FindingsController {

    private final PlanQueries plans;
    private final PeriodData periodData;
    private final JudgementQueries judgements;
    private final MessageSource messages;

    FindingsController(PlanQueries plans, PeriodData periodData, JudgementQueries judgements, MessageSource messages) {
        this.plans = plans;
        this.periodData = periodData;
        this.judgements = judgements;
        this.messages = messages;
    }

    private record Chosen(PeriodView period, List<PeriodView> periods, List<FindingGroups.Line> lines) {}

    private Chosen lines(long planId, Long period, LuoshiUser user) {
        plans.plan(planId, user.scope()).orElseThrow(() -> PlanController.planNotFound(planId));
        List<PeriodView> periods = plans.periods(planId, user.scope());
        PeriodView shown = PeriodChoice.of(
                periods,
                period,
                () -> judgements.period(planId, null, user.scope()).id());
        if (shown == null) {
            return new Chosen(null, periods, List.of());
        }
        var stored = periodData.period(shown.id()).orElseThrow();
        return new Chosen(shown, periods, judgements.findingLines(stored, user.scope()));
    }

    @GetMapping("/plans/{id}/findings")
    String findings(
            @PathVariable long id,
            @RequestParam(required = false) Long period,
            @RequestParam(required = false, defaultValue = "") String kind,
            @RequestParam(required = false, defaultValue = "") String unit,
            @AuthenticationPrincipal LuoshiUser user,
            Model model) {
        Chosen chosen = lines(id, period, user);
        List<FindingGroups.Line> shown = FindingGroups.filter(chosen.lines(), kind, unit);
        model.addAttribute("plan", plans.plan(id, user.scope()).orElseThrow());
        model.addAttribute("periods", chosen.periods());
        model.addAttribute("latest", chosen.period());
        model.addAttribute("kind", kind);
        model.addAttribute("unit", unit);
        model.addAttribute("kinds", FindingGroups.counts(chosen.lines()));
        model.addAttribute(
                "units",
                chosen.lines().stream()
                        .map(FindingGroups.Line::unit)
                        .filter(u -> !u.isEmpty())
                        .distinct()
                        .sorted()
                        .toList());
        model.addAttribute("total", shown.size());
        model.addAttribute("groups", FindingGroups.group(shown));
        return "findings";
    }

    @GetMapping("/plans/{id}/findings.csv")
    ResponseEntity<byte[]> csv(
            @PathVariable long id,
            @RequestParam(required = false) Long period,
            @RequestParam(required = false, defaultValue = "") String kind,
            @RequestParam(required = false, defaultValue = "") String unit,
            @AuthenticationPrincipal LuoshiUser user) {
        Chosen chosen = lines(id, period, user);
        var locale = LocaleContextHolder.getLocale();
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(String.join(
                        ",",
                        messages.getMessage("day.findings.csv.header", null, locale)
                                .split(",")))
                .append("\r\n");
        for (FindingGroups.Line l : FindingGroups.filter(chosen.lines(), kind, unit)) {
            csv.append(Csv.row(
                    chosen.period() == null ? "" : chosen.period().label(),
                    messages.getMessage("finding.kind." + l.kind(), null, l.kind(), locale),
                    l.unit(),
                    l.taskNumber(),
                    l.text(locale)));
        }
        String name = "findings-" + id
                + (chosen.period() == null ? "" : "-" + chosen.period().id()) + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** RFC 4180 fields; a leading =, +, - or @ is quoted away so that a spreadsheet never runs it as a formula. */
    static final class Csv {
        private Csv() {}

        static String row(String... fields) {
            StringBuilder row = new StringBuilder();
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) {
                    row.append(',');
                }
                String f = fields[i] == null ? "" : fields[i];
                if (!f.isEmpty() && "=+-@".indexOf(f.charAt(0)) >= 0) {
                    f = "'" + f;
                }
                row.append('"').append(f.replace("\"", "\"\"")).append('"');
            }
            return row.append("\r\n").toString();
        }
    }
}
