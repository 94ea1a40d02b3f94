package org.luoshi.progress;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.luoshi.account.LuoshiUser;
import org.luoshi.account.Role;
import org.luoshi.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlValue;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence files on a progress report: optional, at most {@value #MAX_FILES} per report and {@value #MAX_BYTES}
 * bytes each, of the types in {@link EvidenceType}. Whoever may read the report may download them; the unit's
 * reporter adds and deletes them while the report is editable (draft or returned).
 */
@Service
public class Attachments {

    static final int MAX_FILES = 5;
    static final int MAX_BYTES = 10 * 1024 * 1024;

    /** An attachment as the report page lists it. */
    public record AttachmentView(
            long id, String fileName, long sizeBytes, String uploadedBy, OffsetDateTime uploadedAt) {}

    /** A file to send back. */
    public record Download(String fileName, String mediaType, byte[] content) {}

    private final JdbcClient jdbc;
    private final Reporting reporting;
    private final AuditTrail audit;
    private final Clock clock;
    private final PeriodClosing closing;

    Attachments(JdbcClient jdbc, Reporting reporting, AuditTrail audit, Clock clock, PeriodClosing closing) {
        this.closing = closing;
        this.jdbc = jdbc;
        this.reporting = reporting;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<AttachmentView> list(long reportId, LuoshiUser user) {
        reporting.readable(reportId, user);
        return jdbc.sql("""
                select id, file_name, size_bytes, uploaded_by, uploaded_at from report_attachment
                where report_id = :report order by id""")
                .param("report", reportId)
                .query(AttachmentView.class)
                .list();
    }

    @Transactional
    public long attach(long reportId, String fileName, byte[] content, LuoshiUser user) {
        return attach(
                reportId,
                fileName,
                new ByteArrayInputStream(content == null ? new byte[0] : content),
                content == null ? 0 : content.length,
                user);
    }

    /**
     * Adds a file, streamed from {@code content} (an upload waiting on disk) into the database, never whole in the
     * heap. The report's row is locked first, so that parallel uploads count one after another and never pass
     * {@value #MAX_FILES}.
     */
    @Transactional
    public long attach(long reportId, String fileName, InputStream content, long size, LuoshiUser user) {
        ProgressReport report = editableByReporter(reportId, user);
        String name = fileName == null ? "" : baseName(fileName.strip());
        if (size <= 0 || name.isEmpty()) {
            throw ReportException.evidenceEmpty();
        }
        if (size > MAX_BYTES) {
            throw ReportException.evidenceTooLarge();
        }
        BufferedInputStream in = new BufferedInputStream(content, 64);
        EvidenceType type = EvidenceType.of(name, head(in)).orElseThrow(ReportException::evidenceType);
        jdbc.sql("select id from progress_report where id = :report for update")
                .param("report", reportId)
                .query(Long.class)
                .single();
        int count = jdbc.sql("select count(*) from report_attachment where report_id = :report")
                .param("report", reportId)
                .query(Integer.class)
                .single();
        if (count >= MAX_FILES) {
            throw ReportException.evidenceTooMany();
        }
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into report_attachment (government_id, report_id, file_name, media_type, size_bytes, content,
                                               uploaded_by, uploaded_at)
                values (:gov, :report, :name, :type, :size, :content, :by, :at)""")
                .param("gov", report.governmentId())
                .param("report", reportId)
                .param("name", name)
                .param("type", type.mediaType())
                .param("size", size)
                .param("content", streamed(in, size))
                .param("by", user.getUsername())
                .param("at", OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        audit.record(
                report.governmentId(),
                user.getUsername(),
                "report.attach",
                "progress_report",
                Long.toString(reportId),
                name + " (" + size + " B)");
        return id;
    }

    private static SqlValue streamed(InputStream in, long size) {
        return new SqlValue() {
            @Override
            public void setValue(java.sql.PreparedStatement ps, int index) throws java.sql.SQLException {
                ps.setBinaryStream(index, in, size);
            }

            @Override
            public void cleanup() {}
        };
    }

    /** The first bytes, for the type check, left unread in the stream. */
    private static byte[] head(BufferedInputStream in) {
        try {
            in.mark(16);
            byte[] head = in.readNBytes(16);
            in.reset();
            return head;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional(readOnly = true)
    public Download download(long reportId, long attachmentId, LuoshiUser user) {
        reporting.readable(reportId, user);
        return jdbc.sql("""
                select file_name, media_type, content from report_attachment where id = :id and report_id = :report""")
                .param("id", attachmentId)
                .param("report", reportId)
                .query((rs, n) ->
                        new Download(rs.getString("file_name"), rs.getString("media_type"), rs.getBytes("content")))
                .optional()
                .orElseThrow(() -> ReportException.evidenceNotFound(attachmentId));
    }

    @Transactional
    public void delete(long reportId, long attachmentId, LuoshiUser user) {
        ProgressReport report = editableByReporter(reportId, user);
        String name = jdbc.sql("select file_name from report_attachment where id = :id and report_id = :report")
                .param("id", attachmentId)
                .param("report", reportId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> ReportException.evidenceNotFound(attachmentId));
        jdbc.sql("delete from report_attachment where id = :id and report_id = :report")
                .param("id", attachmentId)
                .param("report", reportId)
                .update();
        audit.record(
                report.governmentId(),
                user.getUsername(),
                "report.detach",
                "progress_report",
                Long.toString(reportId),
                name);
    }

    private ProgressReport editableByReporter(long reportId, LuoshiUser user) {
        ProgressReport report = reporting.readable(reportId, user);
        if (!user.is(Role.REPORTER) || !Long.valueOf(report.unitId()).equals(user.unitId())) {
            throw new AccessDeniedException("only the unit's reporter may change attachments");
        }
        if (report.state() == ReportState.ACCEPTED) {
            throw ReportException.locked();
        }
        if (!report.state().editable()) {
            throw ReportException.wrongState(report.state(), "attach");
        }
        closing.requireOpen(report.periodId());
        return report;
    }

    /** Browsers on some systems send the whole client path; keep the last part only. */
    private static String baseName(String name) {
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return base.length() > 255 ? base.substring(base.length() - 255) : base;
    }
}
