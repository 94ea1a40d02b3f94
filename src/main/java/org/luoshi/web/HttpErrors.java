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
        ErrorPages.reject(request, response, 404, null, null);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    void methodNotAllowed(
            HttpRequestMethodNotSupportedException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (e.getSupportedMethods() != null) {
            response.setHeader("Allow", String.join(", ", e.getSupportedMethods()));
        }
        ErrorPages.reject(request, response, 405, null, null);
    }

    @ExceptionHandler({HttpMediaTypeNotSupportedException.class})
    void unsupportedType(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ErrorPages.reject(request, response, 415, null, null);
    }

    @ExceptionHandler({HttpMediaTypeNotAcceptableException.class})
    void notAcceptable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ErrorPages.reject(request, response, 406, null, null);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    void uploadTooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ErrorPages.reject(request, response, 413, "文件超过20 MB,无法上传。", "The file is larger than 20 MB.");
    }

    @ExceptionHandler(MultipartException.class)
    void badUpload(MultipartException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (causedBy(e, "SizeException") || causedBy(e, "SizeLimitExceeded")) {
            uploadTooLarge(request, response);
            return;
        }
        ErrorPages.reject(request, response, 400, "上传的内容无法读取", "the upload cannot be read");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    void unreadable(HttpMessageNotReadableException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RequestLimits.Rejected r) {
                if (r.status == 413) {
                    ErrorPages.reject(request, response, 413, null, null);
                } else {
                    ErrorPages.reject(
                            request,
                            response,
                            400,
                            "请求中含有不允许的控制字符(如NUL)",
                            "the request holds a control character (such as NUL) that is not allowed");
                }
                return;
            }
        }
        ErrorPages.reject(request, response, 400, "请求内容不是有效的JSON", "the body is not valid JSON for this request");
    }

    @ExceptionHandler({
        MissingServletRequestParameterException.class,
        ServletRequestBindingException.class,
        MethodArgumentTypeMismatchException.class
    })
    void badParameter(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ErrorPages.reject(request, response, 400, "请求参数缺失或无效", "a request parameter is missing or invalid");
    }

    /** A value longer than its column (a limit no form checked): refused, with nothing stored. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    void integrity(DataIntegrityViolationException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String state = sqlState(e);
        if (state != null && state.startsWith("22")) {
            ErrorPages.reject(request, response, 400, "输入的内容过长或格式无效", "a value is too long or malformed");
            return;
        }
        ErrorPages.reject(request, response, 409, "数据与已有记录冲突", "the data conflicts with what is stored");
    }

    @ExceptionHandler(DocumentReads.Busy.class)
    void busy(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ErrorPages.reject(
                request,
                response,
                503,
                "正在读取的文档过多,请稍后再试",
                "too many documents are being read; try again in a few seconds");
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
