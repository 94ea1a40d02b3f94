package org.luoshi.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.luoshi.DomainException;
import org.luoshi.Texts;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error that reaches the container ({@code /error}: a status sent by a filter or {@link HttpErrors}, an
 * exception nobody handled, Tomcat's own refusals) answered in our words, never a library's: for the API (a path
 * under {@code /api/}, or a client that does not ask for HTML) an RFC 9457 problem with the text in Chinese and
 * English; for pages the friendly error page in the user's language.
 */
@Controller
class ErrorPages implements ErrorController {

    private static final String ZH = "luoshi.problem.zh";

    private static final String CODE = ErrorPages.class.getName() + ".code";
    private static final String EN = "luoshi.problem.en";

    private final MessageSource messages;

    ErrorPages(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * Ends the request with this status; the texts of {@code problem.<code>} (or the status's own when the code is
     * null) are shown by {@code /error}, and an API client gets the code and its {@code type}.
     */
    static void reject(HttpServletRequest request, HttpServletResponse response, int status, String code)
            throws IOException {
        if (code != null) {
            request.setAttribute(CODE, code);
            request.setAttribute(ZH, Texts.zh("problem." + code));
            request.setAttribute(EN, Texts.en("problem." + code));
        }
        if (status == 503) {
            response.setHeader("Retry-After", "5");
        }
        response.sendError(status);
    }

    static boolean isApi(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = original instanceof String s ? s : request.getRequestURI();
        if (uri.startsWith(request.getContextPath() + "/api/")) {
            return true;
        }
        String accept = request.getHeader("Accept");
        return accept != null && !accept.contains("text/html") && accept.contains("json");
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        HttpStatus known = HttpStatus.resolve(status);
        if (known == null) {
            known = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        String zh = text(request, ZH, status, Locale.SIMPLIFIED_CHINESE);
        String en = text(request, EN, status, Locale.ENGLISH);
        if (isApi(request)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(known, zh + " / " + en);
            problem.setProperty("detail_zh", zh);
            problem.setProperty("detail_en", en);
            if (request.getAttribute(CODE) instanceof String given) {
                problem.setType(java.net.URI.create(DomainException.TYPE_PREFIX + given));
                problem.setProperty("code", given);
            }
            return ResponseEntity.status(known)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        ModelAndView page = new ModelAndView("error", known);
        page.addObject("status", status);
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        page.addObject("problem", english ? en : zh);
        return page;
    }

    private String text(HttpServletRequest request, String attribute, int status, Locale locale) {
        Object given = request.getAttribute(attribute);
        if (given instanceof String s) {
            return s;
        }
        String own = messages.getMessage("problem." + status, null, null, locale);
        return own != null ? own : messages.getMessage(status >= 500 ? "problem.500" : "problem.400", null, locale);
    }
}
