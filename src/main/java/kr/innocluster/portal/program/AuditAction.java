package kr.innocluster.portal.program;

import java.util.EnumSet;
import java.util.Set;

/** What an audit entry records; shown through i18n key {@code program.audit.<NAME>}. */
public enum AuditAction {
    PROGRAM_CREATED, PROGRAM_UPDATED, PROGRAM_PUBLISHED, PROGRAM_COMPLETED,
    APPLICATION_STARTED, DRAFT_SAVED, DOCUMENT_UPLOADED, DOCUMENT_REMOVED, APPLICATION_SUBMITTED,
    APPLICATION_WITHDRAWN, APPLICATION_INCOMPLETE, APPLICATION_ACCEPTED, REVIEWER_ASSIGNED, REVIEW_STARTED,
    CONFLICT_DECLARED, REVIEW_SUBMITTED, APPLICATION_SELECTED, APPLICATION_REJECTED, AGREEMENT_RECORDED,
    AGREEMENT_CONFIRMED;

    /** The steps a company sees on its timeline: no reviewer names, no internal steps. */
    public static final Set<AuditAction> COMPANY_TIMELINE = EnumSet.of(APPLICATION_STARTED, APPLICATION_SUBMITTED,
            APPLICATION_WITHDRAWN, APPLICATION_INCOMPLETE, APPLICATION_ACCEPTED, REVIEW_STARTED, APPLICATION_SELECTED,
            APPLICATION_REJECTED, AGREEMENT_RECORDED, AGREEMENT_CONFIRMED);

    /** Steps whose "why" the company may read (a correction request, a rejection reason). */
    public static final Set<AuditAction> DETAIL_FOR_COMPANY = EnumSet.of(APPLICATION_INCOMPLETE, APPLICATION_REJECTED);
}
