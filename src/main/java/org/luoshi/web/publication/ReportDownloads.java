package org.luoshi.web.publication;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.luoshi.account.LuoshiUser;
import org.luoshi.assessment.Rules;
import org.luoshi.publication.CompiledReport;
import org.luoshi.publication.ReportCompiler;
import org.luoshi.publication.ReportFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The compiled report of a plan and period, in each format, for the office (scoped to the caller). */
@Controller
class ReportDownloads {

    private final ReportCompiler compiler;
    private final Rules rules;

    ReportDownloads(ReportCompiler compiler, Rules rules) {
        this.rules = rules;
        this.compiler = compiler;
    }

    @GetMapping("/reports/{planId}/report.{ext}")
    ResponseEntity<byte[]> download(
            @PathVariable long planId,
            @PathVariable String ext,
            @RequestParam(required = false) String period,
            @RequestParam(defaultValue = "false") boolean status,
            @AuthenticationPrincipal LuoshiUser user) {
        ReportFormat format = ReportFormat.of(ext);
        CompiledReport report = compiler.compile(planId, period, status, user.scope());
        return file(report.title(), format, format.render(report, Map.of(), rules), false);
    }

    /** A download with a UTF-8 file name (RFC 6266) and no sniffing of its type. */
    static ResponseEntity<byte[]> file(String name, ReportFormat format, byte[] body, boolean inline) {
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(name + "." + format.extension(), StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }
}
