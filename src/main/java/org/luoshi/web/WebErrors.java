package org.luoshi.web;

import java.util.Locale;
import org.luoshi.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Typed failures of pages become a friendly page in the user's language, never a stack trace. */
@ControllerAdvice(annotations = Controller.class)
class WebErrors {

    private final MessageSource messages;

    WebErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(DomainException.class)
    ModelAndView domain(DomainException e) {
        HttpStatus status = switch (e.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case BAD_INPUT -> HttpStatus.BAD_REQUEST;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
        ModelAndView mav = new ModelAndView("error", status);
        mav.addObject("status", status.value());
        Locale locale = LocaleContextHolder.getLocale();
        mav.addObject("problem", messages.getMessage(e.key(), e.args(locale), locale));
        mav.addObject("problemCode", e.code());
        return mav;
    }
}
