package org.luoshi.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The framework's own failures, for pages and API alike (after the typed ones of {@link WebErrors} and the API's
 * advice): each becomes its status with our text, rendered by {@link ErrorPages} as a problem or the friendly page.
 * The library's message is never shown.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class HttpErrors {

    @ExceptionHandler(NoResourceFoundException.class)
    void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ErrorPages.reject(request, response, 404, null);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    void methodNotAllowed(
            HttpRequestMethodNotSupportedException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (e.getSupportedMethods() != null) {
            response.setHeader("Allow", String.join(", ", e.getSupportedMethods()));
        }
        ErrorPages.reject(request, response, 405, null);
    }

    @ExceptionHandler({HttpMediaTypeNotSupportedException.class})
    void unsupportedType(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ErrorPages.reject(request, response, 415, null);
    }

    @ExceptionHandler({HttpMediaTypeNotAcceptableException.class})
    void notAcceptable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ErrorPages.reject(request, response, 406, null);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    void uploadTooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ErrorPages.reject(request, response, 413, "http.too-large");
    }

    @ExceptionHandler(MultipartException.class)
    void badUpload(MultipartException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (causedBy(e, "SizeException") || causedBy(e, "SizeLimitExceeded")) {
            uploadTooLarge(request, response);
            return;
        }
        ErrorPages.reject(request, response, 400, "http.upload-unreadable");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    void unreadable(HttpMessageNotReadableException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RequestLimits.Rejected r) {
                if (r.status == 413) {
                    ErrorPages.reject(request, response, 413, null);
                } else {
                    ErrorPages.reject(request, response, 400, "http.control-character");
                }
                return;
            }
        }
        ErrorPages.reject(request, response, 400, "http.bad-json");
    }

    @ExceptionHandler({
        MissingServletRequestParameterException.class,
        ServletRequestBindingException.class,
        MethodArgumentTypeMismatchException.class
    })
    void badParameter(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ErrorPages.reject(request, response, 400, "http.bad-parameter");
    }

    /** A value longer than its column (a limit no form checked): refused, with nothing stored. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    void integrity(DataIntegrityViolationException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String state = sqlState(e);
        if (state != null && state.startsWith("22")) {
            ErrorPages.reject(request, response, 400, "http.value-too-long");
            return;
        }
        ErrorPages.reject(request, response, 409, "http.conflict");
    }

    @ExceptionHandler(DocumentReads.Busy.class)
    void busy(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ErrorPages.reject(request, response, 503, "http.busy");
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null) {
                return s.getSQLState();
            }
        }
        return null;
    }

    private static boolean causedBy(Throwable e, String simpleName) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().contains(simpleName)) {
                return true;
            }
        }
        return false;
    }
}
