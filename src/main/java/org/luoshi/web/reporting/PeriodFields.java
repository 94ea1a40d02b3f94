package org.luoshi.web.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
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
    private BigDecimal expectedShare;

    PeriodForm toForm() {
        return new PeriodForm(label, endDate, dueDate, expectedShare);
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
            PeriodForm form = ((PeriodFields) target).toForm();
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

    public BigDecimal getExpectedShare() {
        return expectedShare;
    }

    public void setExpectedShare(BigDecimal expectedShare) {
        this.expectedShare = expectedShare;
    }
}
