package org.luoshi.supervision;

import java.time.LocalDate;

/**
 * A leader's instruction as typed: on a task ({@code taskId}, the unit then defaults to its first lead unit) or as a
 * new item to {@code unitId}. Never carries an id or a government: those come from the task or the signed-in user.
 */
public record InstructionForm(
        Long taskId,
        Long unitId,
        String source,
        LocalDate sourceDate,
        String docNumber,
        String leader,
        String content,
        LocalDate deadline) {}
