package org.luoshi.web;

import org.luoshi.DomainException;
import org.luoshi.account.LuoshiUser;
import org.luoshi.assessment.Status;
import org.luoshi.dashboard.Overviews;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The combined view (下级政府总览), one level of the government tree at a time: {@code at} the government, {@code q} a
 * search over the level, {@code after} the keyset of the next page.
 */
@Controller
class OverviewController {

    private final Overviews overviews;

    OverviewController(Overviews overviews) {
        this.overviews = overviews;
    }

    @GetMapping("/overview")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICE', 'LEADER')")
    String overview(
            @RequestParam(required = false) String year,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) Long at,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String after,
            @AuthenticationPrincipal LuoshiUser user,
            Model model) {
        model.addAttribute("o", overviews.of(year(year), period, user.scope(), at, cut(q), cut(after)));
        model.addAttribute("statuses", Status.values());
        model.addAttribute("pageSize", Overviews.PAGE);
        return "overview";
    }

    /** Request text is bound as a parameter only; longer than any name or code it is cut, not refused. */
    private static String cut(String s) {
        return s == null ? null : s.length() > 100 ? s.substring(0, 100) : s;
    }

    /** Blank for the latest year; anything but a four-digit year is refused with a message. */
    private static Integer year(String year) {
        if (year == null || year.isBlank()) {
            return null;
        }
        if (!year.strip().matches("\\d{4}")) {
            throw DomainException.of(DomainException.Kind.BAD_INPUT, "web.year-must-have-four", year);
        }
        return Integer.valueOf(year.strip());
    }
}
