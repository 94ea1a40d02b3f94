package org.luoshi.progress;

import java.math.BigDecimal;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** The cross-field rules of opening a period: a label, dates in order, a share between 0 and 1. */
public final class PeriodFormValidator implements Validator {

    @Override
    public boolean supports(Class<?> clazz) {
        return PeriodForm.class.isAssignableFrom(clazz);
    }

    @Override
    public void validate(Object target, Errors errors) {
        PeriodForm form = (PeriodForm) target;
        if (form.label() == null || form.label().isBlank() || form.label().length() > 50) {
            errors.rejectValue("label", "period.label");
        }
        if (form.endDate() == null) {
            errors.rejectValue("endDate", "period.endDate");
        }
        if (form.dueDate() == null) {
            errors.rejectValue("dueDate", "period.dueDate");
        } else if (form.endDate() != null
                && form.dueDate().isBefore(form.endDate().minusDays(31))) {
            errors.rejectValue("dueDate", "period.dueBeforeEnd");
        }
        BigDecimal share = form.expectedShare();
        if (share == null || share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
            errors.rejectValue("expectedShare", "period.share");
        }
    }
}
