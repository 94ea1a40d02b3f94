package org.luoshi.web.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.luoshi.account.LuoshiUser;
import org.luoshi.account.Role;
import org.luoshi.audit.AuditChain;
import org.luoshi.audit.AuditQueries;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The office reads and exports its government's audit trail; the administrator also sees the chain's state. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICE')")
class AuditPages {

    private static final int PAGE_SIZE = 100;

    private final AuditQueries audit;
    private final AuditChain chain;

    AuditPages(AuditQueries audit, AuditChain chain) {
        this.audit = audit;
        this.chain = chain;
    }

    @GetMapping("/admin/audit")
    String list(
            @RequestParam(defaultValue = "") String action,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "false") boolean verify,
            @AuthenticationPrincipal LuoshiUser user,
            Model model) {
        model.addAttribute(
                "entries",
                audit.page(
                        user.scope().all(),
                        user.scope().governmentIds(),
                        action,
                        "",
                        Math.max(page, 1) - 1,
                        PAGE_SIZE));
        model.addAttribute("action", action);
        model.addAttribute("page", Math.max(page, 1));
        // Walking the whole chain reads every entry: on request only, not on every visit of the list.
        model.addAttribute("canVerify", user.is(Role.ADMIN));
        model.addAttribute("verification", verify && user.is(Role.ADMIN) ? chain.verify() : null);
        return "admin/audit";
    }

    @GetMapping("/admin/audit.csv")
    void export(
            @RequestParam(defaultValue = "") String action,
            @AuthenticationPrincipal LuoshiUser user,
            HttpServletResponse response)
            throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit.csv\"");
        var out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        audit.exportCsv(user.scope().all(), user.scope().governmentIds(), action, out);
    }
}
