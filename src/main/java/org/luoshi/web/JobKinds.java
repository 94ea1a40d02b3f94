package org.luoshi.web;

/** The kinds of background job the web pages start; {@link JobController} knows where each one's result is. */
public final class JobKinds {

    /** Reading and analyzing an uploaded document; its result is the pending import's token (the preview). */
    public static final String IMPORT_READ = "import.read";
    /** Committing a previewed import; its result is the plan's id. */
    public static final String IMPORT_COMMIT = "import.commit";
    /** Rendering a compiled report; its result is the file. */
    public static final String REPORT = "report";

    private JobKinds() {}
}
