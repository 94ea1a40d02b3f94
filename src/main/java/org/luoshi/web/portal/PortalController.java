package org.luoshi.web.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.luoshi.DomainException;
import org.luoshi.assessment.Rules;
import org.luoshi.publication.AtomFeed;
import org.luoshi.publication.PortalQueries;
import org.luoshi.publication.PortalQueries.Article;
import org.luoshi.publication.Publication;
import org.luoshi.publication.ReportFormat;
import org.luoshi.publication.Visits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The public portal: no login, stable URLs, only what is published and actively disclosed. */
@Controller
class PortalController {

    private static final String LIST_CACHE =
            CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic().getHeaderValue();
    private static final String ARTICLE_CACHE =
            CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic().getHeaderValue();

    private final PortalQueries portal;
    private final Visits visits;
    private final Rules rules;
    private final Clock clock;
    private final String salt;

    PortalController(
            Rules rules,
            PortalQueries portal,
            Visits visits,
            Clock clock,
            @Value("${luoshi.portal.visitor-salt:luoshi-portal}") String salt) {
        this.rules = rules;
        this.portal = portal;
        this.visits = visits;
        this.clock = clock;
        this.salt = salt;
    }

    @GetMapping("/portal")
    String index(
            @RequestParam(defaultValue = "") String gov,
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "") String before,
            @RequestParam(defaultValue = "") String from,
            Model model,
            HttpServletResponse response) {
        var shelves = portal.shelves(gov, from);
        var page = portal.list(gov, year, before);
        model.addAttribute("shelves", shelves);
        model.addAttribute(
                "moreShelves",
                gov.isBlank() && shelves.size() == PortalQueries.SHELVES
                        ? shelves.get(shelves.size() - 1).governmentCode()
                        : null);
        model.addAttribute("entries", page.entries());
        model.addAttribute("next", page.next());
        model.addAttribute("gov", gov);
        model.addAttribute("year", year);
        response.setHeader(HttpHeaders.CACHE_CONTROL, LIST_CACHE);
        return "portal/index";
    }

    @GetMapping("/portal/articles/{id}")
    String article(@PathVariable long id, Model model, HttpServletRequest request, HttpServletResponse response) {
        Article article = found(id);
        LocalDate today = LocalDate.now(clock);
        long count = article.visits() + (visits.record(id, VisitorKey.of(request, today, salt), today) ? 1 : 0);
        Publication p = article.publication();
        model.addAttribute("p", p);
        model.addAttribute("report", article.report());
        model.addAttribute("visits", count);
        model.addAttribute("governmentCode", article.governmentCode());
        response.setHeader(HttpHeaders.CACHE_CONTROL, ARTICLE_CACHE);
        return "portal/article";
    }

    @GetMapping("/portal/search")
    String search(@RequestParam(defaultValue = "") String q, Model model, HttpServletResponse response) {
        model.addAttribute("q", q);
        model.addAttribute("hits", portal.hits(q));
        response.setHeader(HttpHeaders.CACHE_CONTROL, LIST_CACHE);
        return "portal/search";
    }

    @GetMapping("/portal/feed.atom")
    ResponseEntity<String> feed() {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        String xml = AtomFeed.write(
                portal.latest(50), base + "/portal/feed.atom", base + "/portal", id -> base + "/portal/articles/" + id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CACHE_CONTROL, LIST_CACHE)
                .contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                .body(xml);
    }

    /** The published report (withheld tasks left out) as CSV or canonical JSON with its catalogue metadata. */
    @GetMapping("/portal/articles/{id}/report.{ext}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable String ext) {
        ReportFormat format = ReportFormat.of(ext);
        if (format != ReportFormat.CSV && format != ReportFormat.JSON) {
            throw DomainException.of(DomainException.Kind.NOT_FOUND, "web.format-not-offered", ext);
        }
        Publication p = found(id).publication();
        byte[] body = format.render(p.publicReport(), catalogue(p), rules);
        ContentDisposition disposition = ContentDisposition.attachment()
                .filename(p.source().title() + "." + format.extension(), StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, ARTICLE_CACHE)
                .body(body);
    }

    private Article found(long id) {
        return portal.article(id)
                .orElseThrow(() -> DomainException.of(DomainException.Kind.NOT_FOUND, "web.no-such-publication-it"));
    }

    static Map<String, String> catalogue(Publication p) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("索引号", p.indexNumber());
        m.put("组配分类", p.catalogue().category());
        m.put("发布机构", p.catalogue().publisher());
        m.put("生成日期", p.createdOn().toString());
        m.put("发布日期", p.publishedAt().toLocalDate().toString());
        m.put("公开方式", p.catalogue().disclosure().label());
        m.put("有效性", p.catalogue().valid() ? "有效" : "失效");
        return m;
    }
}
