package org.luoshi.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.luoshi.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A form as the page shows it again after bad input: what the user typed in each field (also what could not be
 * converted), the message beside each field at fault, and messages about the whole form (a rule of the service,
 * such as a name already taken). Pages with several forms of one kind (one per plan, one per row) keep the id of
 * the one submitted, so the messages stand beside the right one.
 */
public record FormState(Object formId, Map<String, String> values, Map<String, String> errors, List<String> global) {

    public FormState {
        values = Map.copyOf(values);
        errors = Map.copyOf(errors);
        global = List.copyOf(global);
    }

    /** A form nobody submitted yet: no values, no messages. */
    public static FormState empty() {
        return new FormState(null, Map.of(), Map.of(), List.of());
    }

    /** The submitted form (for {@code formId}, or null when the page has one) with its binding and validation errors, messages in the page's locale. */
    public static FormState of(Object formId, BindingResult result, MessageSource messages, Locale locale) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> global = new ArrayList<>();
        result.getFieldErrors().forEach(e -> errors.putIfAbsent(e.getField(), messages.getMessage(e, locale)));
        result.getGlobalErrors().forEach(e -> global.add(messages.getMessage(e, locale)));
        typed().forEach(values::put);
        return new FormState(formId, values, errors, global);
    }

    /**
     * Runs the form's command when the form is valid. Empty when it ran; else the form to show again, the response's
     * status set (400 for bad input, 409 when the service refused for a conflict). "Not found" is not the form's
     * business and goes on to the error page.
     */
    public static Optional<FormState> submit(
            Object formId,
            BindingResult result,
            MessageSource messages,
            HttpServletResponse response,
            Runnable command) {
        Locale locale = LocaleContextHolder.getLocale();
        FormState state = of(formId, result, messages, locale);
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return Optional.of(state);
        }
        try {
            command.run();
            return Optional.empty();
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            response.setStatus(
                    e.kind() == DomainException.Kind.CONFLICT
                            ? HttpStatus.CONFLICT.value()
                            : HttpStatus.BAD_REQUEST.value());
            return Optional.of(state.refused(e, locale));
        }
    }

    /** The same form refused by the service: its message above the form, the typed values kept. */
    public FormState refused(DomainException e, Locale locale) {
        List<String> all = new ArrayList<>(global);
        all.add("en".equals(locale.getLanguage()) ? e.en() : e.zh());
        return new FormState(formId, values, errors, all);
    }

    /** Whether this is the state of the form submitted for {@code id} (one form per plan or per row). */
    public boolean isFor(Object id) {
        return formId != null && formId.equals(id);
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public String error(String field) {
        return errors.getOrDefault(field, "");
    }

    public boolean failed() {
        return !errors.isEmpty() || !global.isEmpty();
    }

    /**
     * What the user typed, as the request carried it (so also what could not be converted, which a form object
     * cannot hold); never the CSRF token or a password.
     */
    private static Map<String, String> typed() {
        Map<String, String> typed = new LinkedHashMap<>();
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            request.getRequest().getParameterMap().forEach((name, values) -> {
                if (!name.startsWith("_") && !name.toLowerCase(Locale.ROOT).contains("password") && values.length > 0) {
                    typed.put(name, values[0]);
                }
            });
        }
        return typed;
    }
}
