package kr.innocluster.portal.diagnosis;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.innocluster.portal.base.ConflictException;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.NotFoundException;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.company.CompanyNotVerifiedException;
import kr.innocluster.portal.company.CompanyService;
import kr.innocluster.portal.company.CompanySummary;
import kr.innocluster.portal.company.SmartFactoryLevels;
import kr.innocluster.portal.diagnosis.domain.DiagnosisRow;
import kr.innocluster.portal.diagnosis.domain.DiagnosisStore;
import kr.innocluster.portal.diagnosis.domain.MentorStore;
import kr.innocluster.portal.security.PortalUser;
import kr.innocluster.portal.security.Roles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-assessments, their confirmation, the history and the regional comparison. Every id-addressed method checks
 * {@link DiagnosisAccess}: a diagnosis the caller may not see is "not found".
 */
@Service
public class DiagnosisService {

    private final DiagnosisStore store;
    private final MentorStore mentors;
    private final DiagnosisAccess access;
    private final DiagnosisScoring scoring;
    private final CompanyService companies;
    private final SmartFactoryLevels levels;
    private final DiagnosisTexts texts;
    private final Clock clock;
    private final DisplayZone zone;
    private final int minPeers;

    DiagnosisService(DiagnosisStore store, MentorStore mentors, DiagnosisAccess access, DiagnosisScoring scoring,
                     CompanyService companies, SmartFactoryLevels levels, DiagnosisTexts texts, Clock clock, DisplayZone zone,
                     @Value("${portal.diagnosis.min-peers:5}") int minPeers) {
        this.store = store;
        this.mentors = mentors;
        this.access = access;
        this.scoring = scoring;
        this.companies = companies;
        this.levels = levels;
        this.texts = texts;
        this.clock = clock;
        this.zone = zone;
        this.minPeers = minPeers;
    }

    /**
     * The signed-in user's verified company answers the questionnaire (every question 0–4); the result is saved as a
     * self-assessment and the company's mentor, if any, is told.
     */
    @RolesAllowed(Roles.COMPANY)
    @Transactional
    public long submitSelfAssessment(Map<String, Integer> answers) {
        PortalUser user = access.user();
        CompanySummary company;
        try {
            company = companies.requireVerifiedCompanyOfCurrentUser();
        } catch (CompanyNotVerifiedException e) {
            throw new RuleException("diagnosis.error.companyNotVerified");
        }
        requireComplete(answers);
        DiagnosisResult result = scoring.score(answers);
        long id = store.insert(company.id(), company.name(), company.region().name(),
                company.ksicCode().substring(0, 1), Answers.encode(answers), result.overallScore(),
                result.overallLevel(), user.subject(), clock.instant());
        mentors.current(company.id()).ifPresent(a -> texts.notify(a.mentorSubject(), "diagnosis.notice.submitted",
                "diagnosis/review/" + id, company.name()));
        return id;
    }

    /**
     * The assigned mentor or an official confirms a self-assessment after an on-site visit, optionally correcting
     * answers ({@code null} keeps the company's); the resulting overall level becomes the company's confirmed
     * smart-factory level as of the visit date.
     */
    @RolesAllowed({Roles.MENTOR, Roles.OFFICIAL})
    @Transactional
    public DiagnosisDetails confirm(long id, long version, Map<String, Integer> correctedAnswers, LocalDate visitDate,
                                    String notes) {
        DiagnosisRow row = store.find(id).filter(r -> access.mayConfirm(r.companyId()))
                .orElseThrow(() -> new NotFoundException("diagnosis.error.notFound"));
        Map<String, String> errors = new LinkedHashMap<>();
        if (visitDate == null) {
            errors.put("visitDate", "diagnosis.error.visitDate.required");
        } else if (visitDate.isAfter(LocalDate.now(clock.withZone(zone.zoneId())))) {
            errors.put("visitDate", "diagnosis.error.visitDate.future");
        }
        if (notes != null && notes.length() > 2000) {
            errors.put("notes", "diagnosis.error.notes.tooLong");
        }
        if (!errors.isEmpty()) {
            throw RuleException.invalid("diagnosis.error.invalid", errors);
        }
        if (row.status().equals(DiagnosisStatus.CONFIRMED.name())) {
            throw new ConflictException("diagnosis.error.alreadyConfirmed");
        }
        Map<String, Integer> answers = correctedAnswers == null ? Answers.decode(row.selfAnswers()) : correctedAnswers;
        requireComplete(answers);
        DiagnosisResult result = scoring.score(answers);
        PortalUser user = access.user();
        if (!store.confirm(id, version, Answers.encode(answers), result.overallScore(), result.overallLevel(),
                user.displayName(), clock.instant(), visitDate, blankToNull(notes))) {
            throw new ConflictException("diagnosis.error.alreadyConfirmed");
        }
        levels.recordConfirmed(row.companyId(), result.overallLevel(), visitDate);
        texts.notify(row.submittedBy(), "diagnosis.notice.confirmed", "diagnosis", result.overallLevel());
        return details(id);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public DiagnosisDetails details(long id) {
        DiagnosisRow row = store.find(id).filter(r -> access.mayView(r.companyId()))
                .orElseThrow(() -> new NotFoundException("diagnosis.error.notFound"));
        return details(row);
    }

    /** The company's diagnoses, newest first (its history). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<DiagnosisSummary> history(long companyId) {
        access.requireView(companyId);
        return store.ofCompany(companyId).stream().map(DiagnosisService::summary).toList();
    }

    /** The signed-in user's company's diagnoses, newest first; empty without a company. */
    @RolesAllowed(Roles.COMPANY)
    @Transactional(readOnly = true)
    public List<DiagnosisSummary> myHistory() {
        return access.myCompany().map(c -> store.ofCompany(c.id()).stream().map(DiagnosisService::summary).toList())
                .orElse(List.of());
    }

    /** Self-assessments waiting for confirmation: a mentor's assigned companies, or every company for officials. */
    @RolesAllowed({Roles.MENTOR, Roles.OFFICIAL})
    @Transactional(readOnly = true)
    public List<DiagnosisSummary> awaitingConfirmation() {
        PortalUser user = access.user();
        List<Long> ids = user.hasRole(Roles.OFFICIAL) ? null : mentors.currentOfMentor(user.subject()).stream()
                .map(MentorStore.AssignmentRow::companyId).toList();
        return store.awaitingConfirmation(ids, 100).stream().map(DiagnosisService::summary).toList();
    }

    /**
     * The diagnosis beside the per-area average of the other companies in its region and KSIC section (each one's
     * latest diagnosis); the average only when at least {@code portal.diagnosis.min-peers} companies stand behind it.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public PeerComparison comparison(long id) {
        DiagnosisRow row = store.find(id).filter(r -> access.mayView(r.companyId()))
                .orElseThrow(() -> new NotFoundException("diagnosis.error.notFound"));
        DiagnosisResult result = effectiveResult(row);
        List<DiagnosisRow> peers = store.latestOfPeers(row.region(), row.ksicSection(), row.companyId());
        Map<DiagnosisArea, Double> averages = new EnumMap<>(DiagnosisArea.class);
        if (peers.size() >= minPeers) {
            Map<DiagnosisArea, Integer> sums = new EnumMap<>(DiagnosisArea.class);
            for (DiagnosisRow peer : peers) {
                for (AreaResult area : effectiveResult(peer).areas()) {
                    sums.merge(area.area(), area.score(), Integer::sum);
                }
            }
            sums.forEach((area, sum) -> averages.put(area, (double) sum / peers.size()));
        }
        return new PeerComparison(result, averages, peers.size(), minPeers, row.region(), row.ksicSection());
    }

    /** Where the company's latest diagnosis is weakest (for matching); empty without a diagnosis. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<DiagnosisGaps> gaps(long companyId) {
        access.requireView(companyId);
        return store.ofCompany(companyId).stream().findFirst().map(row -> DiagnosisGaps.of(row.id(),
                row.status().equals(DiagnosisStatus.CONFIRMED.name()), effectiveResult(row)));
    }

    /** The scoring rule in force (cut-offs for the explanation on the form). */
    @PreAuthorize("isAuthenticated()")
    public DiagnosisScoring scoring() {
        return scoring;
    }

    private DiagnosisDetails details(DiagnosisRow row) {
        Map<String, Integer> self = Answers.decode(row.selfAnswers());
        Map<String, Integer> confirmed = row.confirmedAnswers() == null ? null : Answers.decode(row.confirmedAnswers());
        return new DiagnosisDetails(row.id(), row.companyId(), row.companyName(), DiagnosisStatus.valueOf(row.status()),
                self, confirmed, scoring.score(self), effectiveResult(row), row.submittedAt(), row.confirmedBy(),
                row.confirmedAt(), row.visitDate(), row.confirmationNotes(), row.version());
    }

    private DiagnosisResult effectiveResult(DiagnosisRow row) {
        return scoring.score(Answers.decode(row.confirmedAnswers() != null ? row.confirmedAnswers()
                : row.selfAnswers()));
    }

    private static DiagnosisSummary summary(DiagnosisRow r) {
        return new DiagnosisSummary(r.id(), r.companyId(), r.companyName(), DiagnosisStatus.valueOf(r.status()),
                r.overallScore(), r.overallLevel(), r.submittedAt(), r.visitDate(), r.confirmedBy());
    }

    private static void requireComplete(Map<String, Integer> answers) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (DiagnosisQuestion q : DiagnosisQuestion.ALL) {
            Integer answer = answers == null ? null : answers.get(q.id());
            if (answer == null || answer < 0 || answer > DiagnosisQuestion.MAX_ANSWER) {
                errors.put(q.id(), "diagnosis.error.answer.required");
            }
        }
        if (!errors.isEmpty()) {
            throw RuleException.invalid("diagnosis.error.incomplete", errors);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
