package kr.innocluster.portal.grant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An interim or final report (중간·최종보고) and the official's review of it. */
public record ReportView(long id, ReportKind kind, LocalDate dueOn, ReportStatus status, String achievements,
                         Instant submittedAt, String submittedBy, String comment, Instant reviewedAt,
                         String reviewedBy, List<FileView> files) {

    public ReportView {
        files = List.copyOf(files);
    }

    public boolean overdue(LocalDate today) {
        return status.editableByCompany() && today.isAfter(dueOn);
    }
}
