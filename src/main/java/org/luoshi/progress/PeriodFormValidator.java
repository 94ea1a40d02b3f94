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
            errors.rejectValue(
                    "label", "period.label", "报告期名称必填,不超过50字 / a label of at most 50 characters is required");
        }
        if (form.endDate() == null) {
            errors.rejectValue("endDate", "period.endDate", "截止日期必填 / the end date is required");
        }
        if (form.dueDate() == null) {
            errors.rejectValue("dueDate", "period.dueDate", "报送期限必填 / the due date is required");
        } else if (form.endDate() != null
                && form.dueDate().isBefore(form.endDate().minusDays(31))) {
            errors.rejectValue(
                    "dueDate",
                    "period.dueBeforeEnd",
                    "报送期限不能早于截止日期一个月以上 / the due date is more than a month before the period's end");
        }
        BigDecimal share = form.expectedShare();
        if (share == null || share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
            errors.rejectValue(
                    "expectedShare", "period.share", "序时进度须在0到1之间 / the expected share must be between 0 and 1");
        }
    }
}
