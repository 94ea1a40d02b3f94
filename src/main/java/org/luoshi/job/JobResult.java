package org.luoshi.job;

/**
 * What a finished job leaves: a reference for the page that shows the result (a pending import's token, a
 * plan id), or a file ({@code content} with its name and media type), and a one-line summary.
 */
public record JobResult(
        String ref, String fileName, String mediaType, byte[] content, String summaryZh, String summaryEn) {

    public static JobResult reference(String ref, String summaryZh, String summaryEn) {
        return new JobResult(ref, null, null, null, summaryZh, summaryEn);
    }

    public static JobResult file(
            String fileName, String mediaType, byte[] content, String summaryZh, String summaryEn) {
        return new JobResult(null, fileName, mediaType, content, summaryZh, summaryEn);
    }
}
