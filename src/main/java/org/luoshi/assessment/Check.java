package org.luoshi.assessment;

import java.math.BigDecimal;
import org.luoshi.text.Quantity;

/**
 * One figure held against one target: the facts behind a reason's arithmetic, to be stored with a judgement.
 *
 * @param target   the target, or null for a completion share that measures a part of the task only
 * @param actual   the figure that decided, or null when the target went unreported
 * @param outcome  completed, ahead, behind, incomparable (a whole-project share below the schedule) or
 *                 unreported
 * @param rule     how it was measured: {@code amount} (cumulative actual against target × 序时进度), {@code cap}
 *                 (a ceiling, the other way round), {@code level} (a level such as a concentration, as it stands),
 *                 {@code forecast} (a figure for a later period), {@code rate} (growth or ratio against the target
 *                 rate), {@code share} (a completion share against 序时进度); "" when unreported
 * @param achieved the share of the target reached (amount, cap, forecast, share), or the actual rate or level
 * @param expected the 序时进度 held against (amount, cap, share), or the target rate or level; null when unreported
 */
public record Check(
        Quantity target, Quantity actual, String outcome, String rule, BigDecimal achieved, BigDecimal expected) {

    static Check unreported(Quantity target) {
        return new Check(target, null, "unreported", "", null, null);
    }
}
