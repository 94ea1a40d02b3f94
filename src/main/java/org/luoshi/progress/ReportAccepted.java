package org.luoshi.progress;

import java.time.OffsetDateTime;
import org.springframework.modulith.NamedInterface;

/** The office accepted a report; registered by {@link ProgressReport#accept} so that its unit is told. */
@NamedInterface("events")
public record ReportAccepted(
        Long reportId, long governmentId, long unitId, String acceptedBy, OffsetDateTime acceptedAt) {}
