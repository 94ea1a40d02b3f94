package org.luoshi.web.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.luoshi.plan.ExpectedShare;
import org.luoshi.progress.PeriodForm;
import org.luoshi.progress.PeriodFormValidator;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The period-opening form as bound from the page: a bean, field by field, so that a date that cannot be read
 * leaves the others bound and checked ({@link PeriodFormValidator}'s rules, the one place they are written).
 */
public class PeriodFields {

    private String label;
    private LocalDate endDate;
    private LocalDate dueDate;
    private String expectedShare;

    /** The share as typed (75%, 75, 0.75), or when left blank the elapsed share of the year at the end date. */
    PeriodForm toForm() {
        return new PeriodForm(label, endDate, dueDate, share());
    }

    private BigDecimal share() {
        try {
            return ExpectedShare.parse(expectedShare)
                    .orElseGet(() -> endDate == null ? null : ExpectedShare.ofYear(endDate));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Checks the bound fields with the domain's validator; its errors land on the same field names. */
    static final class Rules implements Validator {

        private final PeriodFormValidator rules = new PeriodFormValidator();

        @Override
        public boolean supports(Class<?> clazz) {
            return PeriodFields.class.isAssignableFrom(clazz);
        }

        @Override
        public void validate(Object target, Errors errors) {
            PeriodFields fields = (PeriodFields) target;
            try {
                ExpectedShare.parse(fields.expectedShare);
            } catch (IllegalArgumentException e) {
                errors.rejectValue("expectedShare", "day.period.share.unreadable");
            }
            PeriodForm form = fields.toForm();
            rules.validate(form, errors);
        }
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public String getExpectedShare() {
        return expectedShare;
    }

    public void setExpectedShare(String expectedShare) {
        this.expectedShare = expectedShare;
    }
}
