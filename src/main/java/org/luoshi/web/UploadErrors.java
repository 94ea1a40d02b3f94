package org.luoshi.web;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/** An upload over the size limit fails before any controller is chosen: answer it with the friendly page. */
@ControllerAdvice
class UploadErrors {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge() {
        ModelAndView mav = new ModelAndView("error", HttpStatus.PAYLOAD_TOO_LARGE);
        mav.addObject("status", 413);
        mav.addObject(
                "problem",
                "en".equals(LocaleContextHolder.getLocale().getLanguage())
                        ? "The file is larger than 20 MB."
                        : "文件超过20 MB,无法导入。");
        return mav;
    }
}
