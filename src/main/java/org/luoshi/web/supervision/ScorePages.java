package org.luoshi.web.supervision;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import org.luoshi.DomainException;
import org.luoshi.account.LuoshiUser;
import org.luoshi.plan.PlanQueries;
import org.luoshi.supervision.Appraisals;
import org.luoshi.supervision.Scoring;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 年度考评: rule sets of a plan, the ranking with every unit's sheet, extra points, publication and exports. */
@Controller
class ScorePages {

    private final Appraisals appraisals;
    private final PlanQueries plans;

    ScorePages(Appraisals appraisals, PlanQueries plans) {
        this.appraisals = appraisals;
        this.plans = plans;
    }

    /** A rule set as typed; kept on the page when refused. */
    record RuleFields(
            String name,
            String period,
            BigDecimal completed,
            BigDecimal schedule,
            BigDecimal onTime,
            BigDecimal returned,
            BigDecimal overdue,
            BigDecimal lagging) {
        Scoring.Rules toRules() {
            return new Scoring.Rules(completed, schedule, onTime, returned, overdue, lagging);
        }

        static RuleFields defaults() {
            return new RuleFields(
                    "",
                    "",
                    BigDecimal.valueOf(40),
                    BigDecimal.valueOf(30),
                    BigDecimal.valueOf(30),
                    BigDecimal.valueOf(2),
                    BigDecimal.valueOf(3),
                    BigDecimal.ONE);
        }
    }

    @GetMapping("/supervision/plans/{planId}/scores")
    String plan(@PathVariable long planId, @AuthenticationPrincipal LuoshiUser user, Model model) {
        return planPage(planId, RuleFields.defaults(), null, user, model);
    }

    private String planPage(long planId, RuleFields fields, String error, LuoshiUser user, Model model) {
        var plan = plans.plan(planId, user.scope())
                .orElseThrow(
                        () -> DomainException.of(DomainException.Kind.NOT_FOUND, "supervision.not-found.plan", planId));
        model.addAttribute("plan", plan);
        model.addAttribute("office", user.runsOfficeOf(plan.governmentId()));
        model.addAttribute("periods", plans.periods(planId, user.scope()));
        model.addAttribute("sets", appraisals.ofPlan(planId, user));
        model.addAttribute("fields", fields);
        model.addAttribute("error", error);
        return "supervision/scores";
    }

    @PostMapping("/supervision/plans/{planId}/scores")
    String create(
            @PathVariable long planId,
            @ModelAttribute("fields") RuleFields fields,
            @AuthenticationPrincipal LuoshiUser user,
            Model model,
            HttpServletResponse response) {
        try {
            long id = appraisals.create(planId, fields.period(), fields.name(), fields.toRules(), user);
            return "redirect:/supervision/scores/" + id;
        } catch (DomainException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return planPage(planId, fields, LoopPages.zh() ? e.zh() : e.en(), user, model);
        }
    }

    @GetMapping("/supervision/scores/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal LuoshiUser user, Model model) {
        return page(id, null, user, model);
    }

    private String page(long id, String error, LuoshiUser user, Model model) {
        Appraisals.Ranking r = appraisals.ranking(id, user);
        model.addAttribute("ranking", r);
        model.addAttribute(
                "office",
                plans.plan(r.planId(), user.scope())
                        .map(p -> user.runsOfficeOf(p.governmentId()))
                        .orElse(false));
        model.addAttribute("error", error);
        return "supervision/score";
    }

    @PostMapping("/supervision/scores/{id}/{step:extra|publish|regather}")
    String step(
            @PathVariable long id,
            @PathVariable String step,
            @RequestParam(defaultValue = "-1") int version,
            @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) BigDecimal points,
            @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal LuoshiUser user,
            Model model,
            HttpServletResponse response) {
        try {
            switch (step) {
                case "extra" -> appraisals.addExtra(id, unitId == null ? -1 : unitId, points, reason, user);
                case "publish" -> appraisals.publish(id, version, user);
                default -> appraisals.regather(id, user);
            }
            return "redirect:/supervision/scores/" + id;
        } catch (DomainException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(id, LoopPages.zh() ? e.zh() : e.en(), user, model);
        }
    }

    @GetMapping("/supervision/scores/{id}/scores.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id, @AuthenticationPrincipal LuoshiUser user) {
        return file(
                appraisals.xlsx(id, user),
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                "scores-" + id + ".xlsx");
    }

    @GetMapping("/supervision/scores/{id}/scores.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @AuthenticationPrincipal LuoshiUser user) {
        return file(appraisals.pdf(id, user), MediaType.APPLICATION_PDF, "scores-" + id + ".pdf");
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(bytes);
    }
}
