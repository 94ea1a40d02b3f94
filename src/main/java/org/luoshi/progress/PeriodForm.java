package org.luoshi.progress;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the office types to open a reporting period; checked by {@link PeriodFormValidator}.
 *
 * @param expectedShare the share of the annual targets due by {@code endDate} (0–1; 0.75 for 前三季度)
 */
public record PeriodForm(String label, LocalDate endDate, LocalDate dueDate, BigDecimal expectedShare) {}
