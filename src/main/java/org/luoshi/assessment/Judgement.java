package org.luoshi.assessment;

import java.util.Objects;

/** A proposed status with the reason an office can check ("13公里 / 目标10公里 = 130%,已超额完成"). */
public record Judgement(Status status, String reason) {
    public Judgement {
        Objects.requireNonNull(status, "status");
        reason = Objects.requireNonNullElse(reason, "");
    }
}
