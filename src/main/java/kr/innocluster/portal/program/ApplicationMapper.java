package kr.innocluster.portal.program;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kr.innocluster.portal.program.domain.ApplicationDocument;
import kr.innocluster.portal.program.domain.GrantApplication;
import kr.innocluster.portal.program.domain.Program;
import kr.innocluster.portal.program.domain.ProgramAuditRepository;
import org.springframework.stereotype.Component;

/** Application entities to API records; hides what the viewer may not see. */
@Component
class ApplicationMapper {

    private final ProgramAuditRepository audits;
    private final Clock clock;

    ApplicationMapper(ProgramAuditRepository audits, Clock clock) {
        this.audits = audits;
        this.clock = clock;
    }

    ApplicationSummary summary(GrantApplication a, boolean showCompany) {
        return new ApplicationSummary(a.getId(), a.getProgram().getId(), a.getProgram().getTitle(),
                showCompany ? a.getCompanyName() : null, a.getProjectTitle(), a.getRequestedAmount(), a.getStatus(),
                a.getEligible(), a.getSubmittedAt(), a.getGrantedAmount());
    }

    ApplicationDetails details(GrantApplication a, boolean showCompany) {
        Program p = a.getProgram();
        List<TimelineEntry> timeline = audits.findByApplicationIdOrderByOccurredAtAscIdAsc(a.getId()).stream()
                .filter(e -> AuditAction.COMPANY_TIMELINE.contains(AuditAction.valueOf(e.getAction())))
                .map(e -> {
                    AuditAction action = AuditAction.valueOf(e.getAction());
                    return new TimelineEntry(action, e.getOccurredAt(),
                            AuditAction.DETAIL_FOR_COMPANY.contains(action) ? e.getDetail() : null);
                })
                .toList();
        return new ApplicationDetails(a.getId(), p.getId(), p.getTitle(), p.getClosesAt(), p.getMaxGrant(),
                showCompany ? a.getCompanyName() : null, a.getProjectTitle(), a.getSummary(), a.getRequestedAmount(),
                a.getStatus(), a.getCorrectionNote(), a.getDecisionReason(), a.getGrantedAmount(), a.getSubmittedAt(),
                eligibility(a), documents(a), p.requiredDocumentList(), p.fileTypes(), p.getMaxFileMb(), timeline);
    }

    List<DocumentInfo> documents(GrantApplication a) {
        return a.getDocuments().stream().map(ApplicationMapper::document).toList();
    }

    static DocumentInfo document(ApplicationDocument d) {
        return new DocumentInfo(d.getId(), d.getRequirement(), d.getFileName(), FileType.valueOf(d.getFileType()),
                d.getSizeBytes(), d.getUploadedAt());
    }

    /** The eligibility recorded at submission, or null before submission. */
    static Eligibility eligibility(GrantApplication a) {
        if (a.getEligible() == null) {
            return null;
        }
        return new Eligibility(decodeReasons(a.getEligibilityNotes()));
    }

    static String encodeReasons(Eligibility eligibility) {
        StringBuilder out = new StringBuilder();
        for (EligibilityReason reason : eligibility.reasons()) {
            out.append(reason.messageKey()).append('=').append(reason.requirement()).append('\n');
        }
        return out.isEmpty() ? null : out.toString();
    }

    static List<EligibilityReason> decodeReasons(String notes) {
        List<EligibilityReason> reasons = new ArrayList<>();
        if (notes != null) {
            notes.lines().filter(l -> l.contains("=")).forEach(l -> reasons.add(
                    new EligibilityReason(l.substring(0, l.indexOf('=')), l.substring(l.indexOf('=') + 1))));
        }
        return reasons;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
