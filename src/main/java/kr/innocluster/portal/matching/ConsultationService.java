package kr.innocluster.portal.matching;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import kr.innocluster.portal.base.ConflictException;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.NotFoundException;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.company.CompanySummary;
import kr.innocluster.portal.matching.domain.CatalogueStore;
import kr.innocluster.portal.matching.domain.ConsultationRow;
import kr.innocluster.portal.matching.domain.ConsultationStore;
import kr.innocluster.portal.matching.domain.SolutionRow;
import kr.innocluster.portal.program.ApplicationService;
import kr.innocluster.portal.security.Roles;
import org.springframework.data.domain.PageRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consultations: a demand company requests one about a solution, the supplier accepts or declines, either side logs
 * meetings and marks the deal contracted; once both have, the demand company may rate the supplier, and
 * {@code portal.matching.follow-up-after} (default six months) later it is asked whether the solution is in use.
 * Suppliers see only requests addressed to them, demand companies only their own, officials all.
 */
@Service
public class ConsultationService {

    private final ConsultationStore store;
    private final CatalogueStore catalogue;
    private final MatchingAccess access;
    private final MatchingTexts texts;
    private final Clock clock;
    private final DisplayZone zone;
    private final java.time.Period followUpAfter;
    private final ApplicationService applications;

    ConsultationService(ConsultationStore store, CatalogueStore catalogue, MatchingAccess access, MatchingTexts texts,
                        Clock clock, DisplayZone zone,
                        @Value("${portal.matching.follow-up-after:P6M}") java.time.Period followUpAfter,
                        ApplicationService applications) {
        this.applications = applications;
        this.store = store;
        this.catalogue = catalogue;
        this.access = access;
        this.texts = texts;
        this.clock = clock;
        this.zone = zone;
        this.followUpAfter = followUpAfter;
    }

    /**
     * The signed-in user's verified company asks the solution's supplier for a consultation, optionally for a support
     * program it applied to (so officials see the pipeline per program).
     */
    @RolesAllowed(Roles.COMPANY)
    @Transactional
    public long request(long solutionId, String message, Long programId) {
        CompanySummary company = access.myVerifiedCompany();
        SolutionRow solution = catalogue.find(solutionId)
                .orElseThrow(() -> new NotFoundException("matching.error.notFound"));
        if (solution.supplierCompanyId() == company.id()) {
            throw new RuleException("matching.error.ownSolution");
        }
        if (catalogue.flag(solution.supplierCompanyId()).isPresent()) {
            throw new RuleException("matching.error.supplierFlagged");
        }
        String text = message == null ? "" : message.strip();
        if (text.isEmpty()) {
            throw RuleException.onField("message", "matching.error.required");
        }
        if (text.length() > 2000) {
            throw RuleException.onField("message", "matching.error.tooLong");
        }
        if (programId != null && applications.myApplications(PageRequest.of(0, 200)).stream()
                .noneMatch(a -> a.programId() == programId)) {
            throw RuleException.onField("program", "matching.error.program");
        }
        long id;
        try {
            id = store.insert(solutionId, solution.name(), solution.supplierCompanyId(), solution.supplierName(),
                    company.id(), company.name(), programId, text, access.user().subject(), clock.instant());
        } catch (DuplicateKeyException alreadyOpen) {
            throw new ConflictException("matching.error.alreadyRequested");
        }
        return id;
    }

    /** Requests addressed to the signed-in user's company as supplier. */
    @RolesAllowed(Roles.COMPANY)
    @Transactional(readOnly = true)
    public List<Consultation> incoming() {
        Long mine = access.myCompanyId();
        return mine == null ? List.of() : store.ofSupplier(mine).stream().map(this::consultation).toList();
    }

    /** Requests the signed-in user's company sent. */
    @RolesAllowed(Roles.COMPANY)
    @Transactional(readOnly = true)
    public List<Consultation> outgoing() {
        Long mine = access.myCompanyId();
        return mine == null ? List.of() : store.ofDemand(mine).stream().map(this::consultation).toList();
    }

    @RolesAllowed({Roles.COMPANY, Roles.OFFICIAL})
    @Transactional(readOnly = true)
    public Consultation consultation(long id) {
        return consultation(access.visible(row(id)));
    }

    @RolesAllowed(Roles.COMPANY)
    @Transactional
    public void accept(long id) {
        access.supplierSide(row(id));
        if (!store.decide(id, ConsultationStatus.REQUESTED.name(), ConsultationStatus.ACCEPTED.name(), null,
                clock.instant())) {
            throw new ConflictException("matching.error.stateChanged");
        }
    }

    @RolesAllowed(Roles.COMPANY)
    @Transactional
    public void decline(long id, String reason) {
        access.supplierSide(row(id));
        if (!store.decide(id, ConsultationStatus.REQUESTED.name(), ConsultationStatus.DECLINED.name(),
                reason == null || reason.isBlank() ? null : reason.strip(), clock.instant())) {
            throw new ConflictException("matching.error.stateChanged");
        }
    }

    /** Either side logs a meeting of an accepted consultation. */
    @RolesAllowed(Roles.COMPANY)
    @Transactional
    public void logMeeting(long id, LocalDate metOn, String notes) {
        ConsultationRow row = access.visible(row(id));
        if (access.official()) {
            throw new NotFoundException("matching.error.notFound");
        }
        if (!row.status().equals(ConsultationStatus.ACCEPTED.name())
                && !row.status().equals(ConsultationStatus.CONTRACTED.name())) {
            throw new RuleException("matching.error.notAccepted");
        }
        if (metOn == null) {
            throw RuleException.onField("metOn", "matching.error.required");
        }
        String text = notes == null ? "" : notes.strip();
        if (text.isEmpty() || text.length() > 2000) {
            throw RuleException.onField("notes", text.isEmpty() ? "matching.error.required" : "matching.error.tooLong");
        }
        store.addMeeting(id, metOn, text, access.user().displayName(), clock.instant());
    }

    /** One side marks the consultation contracted; when both have, it is (and the follow-up is scheduled). */
    @RolesAllowed(Roles.COMPANY)
    @Transactional
    public Consultation markContracted(long id) {
        ConsultationRow row = access.visible(row(id));
        Long mine = access.myCompanyId();
        if (mine == null) {
            throw new NotFoundException("matching.error.notFound");
        }
        LocalDate today = LocalDate.now(clock.withZone(zone.zoneId()));
        if (!store.markContracted(id, mine == row.supplierCompanyId(), today, today.plus(followUpAfter))) {
            throw new RuleException("matching.error.notAccepted");
        }
        return consultation(row(id));
    }

    /** The demand company rates the supplier, only once both sides marked the consultation contracted. */
    @RolesAllowed(Roles.COMPANY)
    @Transactional
    public void rate(long id, int rating, String comment) {
        access.demandSide(row(id));
        if (rating < 1 || rating > 5) {
            throw RuleException.onField("rating", "matching.error.rating");
        }
        if (!store.rate(id, rating, comment == null || comment.isBlank() ? null : comment.strip())) {
            throw new RuleException("matching.error.notContracted");
        }
    }

    /** The demand company answers the follow-up: is the solution in use, and how. */
    @RolesAllowed(Roles.COMPANY)
    @Transactional
    public void answerFollowUp(long id, boolean inUse, String note) {
        ConsultationRow row = access.demandSide(row(id));
        if (row.followUpDue() == null || LocalDate.now(clock.withZone(zone.zoneId())).isBefore(row.followUpDue())) {
            throw new RuleException("matching.error.followUpNotDue");
        }
        String text = note == null ? "" : note.strip();
        if (text.isEmpty()) {
            throw RuleException.onField("note", "matching.error.required");
        }
        store.answerFollowUp(id, inUse, text.length() > 2000 ? text.substring(0, 2000) : text, clock.instant());
    }

    /** Officials: consultations per supplier. */
    @RolesAllowed(Roles.OFFICIAL)
    @Transactional(readOnly = true)
    public List<PipelineLine> pipelineBySupplier() {
        return store.pipeline(true).stream().map(ConsultationService::line).toList();
    }

    /** Officials: consultations per program (those linked to one). */
    @RolesAllowed(Roles.OFFICIAL)
    @Transactional(readOnly = true)
    public List<PipelineLine> pipelineByProgram() {
        return store.pipeline(false).stream().map(ConsultationService::line).toList();
    }

    /** Officials: deployments whose follow-up said "not in use". */
    @RolesAllowed(Roles.OFFICIAL)
    @Transactional(readOnly = true)
    public List<Consultation> installedButUnused() {
        return store.installedButUnused().stream().map(this::consultation).toList();
    }

    /** Daily: reminds demand companies whose follow-up is due (an in-portal notice to the requester), once. */
    @Scheduled(cron = "${portal.matching.follow-up-cron:0 0 9 * * *}", zone = "Asia/Seoul")
    @Transactional
    public void remindFollowUps() {
        for (ConsultationRow row : store.followUpsToRemind(LocalDate.now(clock.withZone(zone.zoneId())))) {
            texts.notify(row.requestedBy(), "matching.notice.followUp", "consultations", row.solutionName());
            store.markReminded(row.id());
        }
    }

    private ConsultationRow row(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("matching.error.notFound"));
    }

    private static PipelineLine line(ConsultationStore.PipelineRow r) {
        return new PipelineLine(r.groupId(), r.groupName(), r.requested(), r.accepted(), r.met(), r.contracted(),
                r.declined());
    }

    private Consultation consultation(ConsultationRow r) {
        return new Consultation(r.id(), r.solutionId(), r.solutionName(), r.supplierCompanyId(), r.supplierName(),
                r.demandCompanyId(), r.demandCompanyName(), r.programId(), r.message(),
                ConsultationStatus.valueOf(r.status()), r.supplierContracted(), r.demandContracted(),
                r.declineReason(), r.requestedAt(), r.contractedOn(), r.rating(), r.ratingComment(), r.followUpDue(),
                r.followUpInUse(), r.followUpNote(), store.meetings(r.id()).stream()
                .map(m -> new Consultation.Meeting(m.metOn(), m.notes(), m.recordedBy())).toList());
    }
}
