package org.luoshi.job;

import org.luoshi.Phrase;

/**
 * What a finished job leaves: a reference for the page that shows the result (a pending import's token, a
 * plan id), or a file ({@code content} with its name and media type), and a one-line summary by its code.
 */
public record JobResult(String ref, String fileName, String mediaType, byte[] content, Phrase summary) {

    public static JobResult reference(String ref, Phrase summary) {
        return new JobResult(ref, null, null, null, summary);
    }

    public static JobResult file(String fileName, String mediaType, byte[] content, Phrase summary) {
        return new JobResult(null, fileName, mediaType, content, summary);
    }
}
