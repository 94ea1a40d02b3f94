package org.luoshi.supervision;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The loop's settings: {@code luoshi.supervision.receipt-days}, after which a pending receipt is reminded and
 * listed, and {@code luoshi.supervision.warn-days}, within which a 督办单's deadline turns it yellow.
 */
@Component
public class SupervisionSettings {

    private final int receiptDays;
    private final int warnDays;

    SupervisionSettings(
            @Value("${luoshi.supervision.receipt-days:3}") int receiptDays,
            @Value("${luoshi.supervision.warn-days:3}") int warnDays) {
        this.receiptDays = receiptDays;
        this.warnDays = warnDays;
    }

    public int receiptDays() {
        return receiptDays;
    }

    public int warnDays() {
        return warnDays;
    }
}
