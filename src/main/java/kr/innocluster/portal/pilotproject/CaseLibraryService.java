package kr.innocluster.portal.pilotproject;

import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import kr.innocluster.portal.pilotproject.domain.PilotProject;
import kr.innocluster.portal.pilotproject.domain.PilotProjectRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What anyone, also anonymous visitors, may see of pilot projects: the verification page of a 실증확인서 (only what the
 * company agreed to publish; "withdrawn by the company" once withdrawn) and the anonymised case library (published
 * projects only: no company, no solution name, no run data).
 */
@Service
public class CaseLibraryService {

    private final PilotProjectRepository projects;
    private final PilotCertificates certificates;

    CaseLibraryService(PilotProjectRepository projects, PilotCertificates certificates) {
        this.projects = projects;
        this.certificates = certificates;
    }

    /** Anyone holding a certificate's code (a buyer, a procurement officer) may check it: public by purpose. */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<PublicVerification> verification(String code) {
        String normalised = CertificateCodes.normalise(code);
        if (normalised.length() != 12) {
            return Optional.empty();
        }
        return projects.findByCertificateCode(normalised).map(this::verification);
    }

    private PublicVerification verification(PilotProject p) {
        String code = CertificateCodes.display(p.getCertificateCode());
        if (p.withdrawn()) {
            return new PublicVerification(code, true, false, null, null, null, null, List.of(), null, null,
                    List.of(), null);
        }
        if (!p.isPublishVerification()) {
            return new PublicVerification(code, false, false, p.getVerifiedAt(), null, null, null, List.of(), null,
                    null, List.of(), null);
        }
        PilotCertificates.Period period = certificates.period(p.getId());
        return new PublicVerification(code, false, true, p.getVerifiedAt(), p.getCompanyName(), p.getTitle(),
                p.getSolution(), period == null ? List.of() : period.resources(),
                period == null ? null : period.start(), period == null ? null : period.end(),
                p.getKpis().stream().map(ProjectMapping::publicKpi).toList(), p.getVerifiedByName());
    }

    /** The public case library: published cases by technology tag, industry and words. Public by purpose. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<CaseStudy> cases(TechnologyTag tag, PilotIndustry industry, String text, Pageable pageable) {
        Page<PilotProject> page = projects.searchCases(tag, industry, pattern(text),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                        Sort.by(Sort.Direction.DESC, "publishedAt")));
        return page.getContent().stream().map(this::caseStudy).toList();
    }

    @PermitAll
    @Transactional(readOnly = true)
    public long countCases(TechnologyTag tag, PilotIndustry industry, String text) {
        return projects.searchCases(tag, industry, pattern(text), PageRequest.of(0, 1)).getTotalElements();
    }

    private CaseStudy caseStudy(PilotProject p) {
        PilotCertificates.Period period = certificates.period(p.getId());
        return new CaseStudy(p.getId(), p.getTitle(), p.getObjective(), p.getIndustry(), Set.copyOf(p.getTags()),
                period == null ? List.of() : period.resources(), period == null ? null : period.start(),
                period == null ? null : period.end(), p.getKpis().stream().map(ProjectMapping::publicKpi).toList(),
                p.getVerifiedAt());
    }

    private static String pattern(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String escaped = text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
