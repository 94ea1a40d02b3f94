package org.luoshi.progress;

import java.time.OffsetDateTime;
import org.springframework.modulith.NamedInterface;

/**
 * A report was sent back to its unit for rework; registered by {@link ProgressReport#returnForRework} ({@code
 * reportId} is null only for a report never stored).
 */
@NamedInterface("events")
public record ReportReturned(
        Long reportId, long governmentId, long unitId, String reason, String returnedBy, OffsetDateTime returnedAt) {}
