package org.luoshi.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.luoshi.DomainException;
import org.luoshi.account.LuoshiUser;
import org.luoshi.account.Role;
import org.luoshi.job.Job;
import org.luoshi.job.JobState;
import org.luoshi.job.JobViewer;
import org.luoshi.job.Jobs;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of background jobs: one job's progress bar (its status part polled by htmx every second until the
 * job ends, then the link to the result) and the list of recent jobs. A job is seen by its owner and by the
 * office of its government (and the administrator); anyone else gets 404. Only the owner opens the result.
 */
@Controller
class JobController {

    private final Jobs jobs;

    JobController(Jobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/jobs")
    String list(@AuthenticationPrincipal LuoshiUser user, Model model) {
        model.addAttribute("jobs", jobs.recent(viewer(user), 50));
        return "jobs/list";
    }

    @GetMapping("/jobs/{id}")
    String show(
            @PathVariable String id,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            @AuthenticationPrincipal LuoshiUser user,
            Model model,
            HttpServletResponse response) {
        Job job = job(id, user);
        model.addAttribute("job", job);
        model.addAttribute("mine", job.owner().equals(user.getUsername()));
        // The status part changes every second: never from a cache.
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        return htmx != null ? "jobs/show :: status" : "jobs/show";
    }

    /** Where a finished job's result is: the import preview, the plan (with the import's summary) or the file. */
    @GetMapping("/jobs/{id}/result")
    Object result(@PathVariable String id, @AuthenticationPrincipal LuoshiUser user, RedirectAttributes redirect) {
        Job job = job(id, user);
        if (!job.owner().equals(user.getUsername())) {
            throw notFound(id);
        }
        if (job.state() != JobState.DONE) {
            return "redirect:/jobs/" + id;
        }
        return switch (job.kind()) {
            case JobKinds.IMPORT_READ -> "redirect:/import/" + job.resultRef();
            case JobKinds.IMPORT_COMMIT -> {
                redirect.addFlashAttribute("notice", english() ? job.stepEn() : job.stepZh());
                yield "redirect:/plans/" + job.resultRef();
            }
            default -> file(id, user);
        };
    }

    private ResponseEntity<byte[]> file(String id, LuoshiUser user) {
        Jobs.File file = jobs.file(id, user.getUsername()).orElseThrow(() -> notFound(id));
        ContentDisposition disposition = ContentDisposition.attachment()
                .filename(file.name(), StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    private Job job(String id, LuoshiUser user) {
        return jobs.find(id, viewer(user)).orElseThrow(() -> notFound(id));
    }

    static JobViewer viewer(LuoshiUser user) {
        boolean office = user.role() == Role.OFFICE && user.governmentId() != null;
        return new JobViewer(
                user.getUsername(), user.role() == Role.ADMIN, office ? List.of(user.governmentId()) : List.of());
    }

    private static DomainException notFound(String id) {
        return DomainException.of(DomainException.Kind.NOT_FOUND, "web.no-such-background-job");
    }

    private static boolean english() {
        return LocaleContextHolder.getLocale().getLanguage().equals("en");
    }
}
