package org.luoshi.progress;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import org.springframework.modulith.NamedInterface;

/**
 * The tasks the office has closed (销号), with their closing date. A closed task gets no report slot in a period
 * opened after it was closed, and its open drafts leave the work lists. The supervision module implements it, so
 * that reporting honours closings without depending on the module that records them.
 */
@NamedInterface("spi")
public interface ClosedTasks {

    /** Of the given tasks, those closed, by task id, with the date of closing. */
    Map<Long, LocalDate> closedOn(Collection<Long> taskIds);
}
