package org.luoshi.web.api;

import org.luoshi.DomainException;
import org.luoshi.Texts;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every API error as an RFC 9457 problem: {@code detail} in Chinese and English, and each language in its own
 * property ({@code detail_zh}, {@code detail_en}) for clients that show one; a typed failure also names its
 * {@code code} and its {@code type} ({@code urn:luoshi:problem:<code>}), the texts being {@code problem.<code>} in
 * the bundles. The framework's own failures (bad JSON,
 * a missing parameter, 404, 405, 413) are answered the same way by {@code org.luoshi.web.HttpErrors}.
 */
// Before the pages' advice, which also matches @RestController (a @Controller).
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(basePackages = "org.luoshi.web.api")
class ApiErrors {

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e) {
        HttpStatus status = switch (e.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case BAD_INPUT -> HttpStatus.BAD_REQUEST;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
        ProblemDetail problem = problem(status, e.zh(), e.en());
        problem.setType(e.type());
        problem.setProperty("code", e.code());
        return ResponseEntity.status(status).body(problem);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem(HttpStatus.FORBIDDEN, "api.denied"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return domain(DomainException.of(DomainException.Kind.BAD_INPUT, "parameter.invalid", e.getName()));
    }

    /** A problem named by its code ({@code problem.<code>} in the bundles). */
    static ProblemDetail problem(HttpStatus status, String code) {
        ProblemDetail problem = problem(status, Texts.zh("problem." + code), Texts.en("problem." + code));
        problem.setType(java.net.URI.create(DomainException.TYPE_PREFIX + code));
        problem.setProperty("code", code);
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String zh, String en) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, zh + " / " + en);
        problem.setProperty("detail_zh", zh);
        problem.setProperty("detail_en", en);
        return problem;
    }
}
