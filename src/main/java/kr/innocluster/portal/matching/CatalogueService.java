package kr.innocluster.portal.matching;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import kr.innocluster.portal.base.NotFoundException;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.company.CompanySummary;
import kr.innocluster.portal.diagnosis.DiagnosisArea;
import kr.innocluster.portal.diagnosis.DiagnosisGaps;
import kr.innocluster.portal.diagnosis.DiagnosisService;
import kr.innocluster.portal.matching.domain.CatalogueStore;
import kr.innocluster.portal.matching.domain.SolutionRow;
import kr.innocluster.portal.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The solution catalogue: suppliers publish, verified companies and officials browse and search, demand companies get
 * recommendations ranked by {@link SolutionRanking}, officials flag suppliers that closed or suspended business.
 */
@Service
public class CatalogueService {

    private static final int MAX_PAGE = 200;

    private final CatalogueStore store;
    private final TrackRecords trackRecords;
    private final MatchingAccess access;
    private final DiagnosisService diagnoses;
    private final Clock clock;

    CatalogueService(CatalogueStore store, TrackRecords trackRecords, MatchingAccess access,
                     DiagnosisService diagnoses, Clock clock) {
        this.store = store;
        this.trackRecords = trackRecords;
        this.access = access;
        this.diagnoses = diagnoses;
        this.clock = clock;
    }

    /** A verified supplier company publishes a solution. */
    @RolesAllowed(Roles.COMPANY)
    @Transactional
    public long publish(SolutionForm form) {
        CompanySummary company = mySupplier();
        return store.insert(company.id(), company.name(), company.foundedOn(), validRow(form), clock.instant());
    }

    /** The supplier edits its own solution; another company's is "not found". */
    @RolesAllowed(Roles.COMPANY)
    @Transactional
    public void update(long solutionId, SolutionForm form) {
        CompanySummary company = mySupplier();
        SolutionRow row = validRow(form);
        if (!store.update(solutionId, company.id(), row, clock.instant())) {
            throw new NotFoundException("matching.error.notFound");
        }
    }

    @RolesAllowed(Roles.COMPANY)
    @Transactional(readOnly = true)
    public List<SolutionSummary> mySolutions() {
        Long mine = access.myCompanyId();
        return mine == null ? List.of() : withTrackRecords(store.ofSupplier(mine));
    }

    /** One page of the catalogue, filtered by text and category (null = any). */
    @RolesAllowed({Roles.COMPANY, Roles.OFFICIAL, Roles.MENTOR})
    @Transactional(readOnly = true)
    public List<SolutionSummary> search(String text, SolutionCategory category, int offset, int limit) {
        access.requireBrowser();
        return withTrackRecords(store.search(text, category == null ? null : category.name(), offset,
                Math.min(limit, MAX_PAGE)));
    }

    @RolesAllowed({Roles.COMPANY, Roles.OFFICIAL, Roles.MENTOR})
    @Transactional(readOnly = true)
    public long count(String text, SolutionCategory category) {
        access.requireBrowser();
        return store.count(text, category == null ? null : category.name());
    }

    @RolesAllowed({Roles.COMPANY, Roles.OFFICIAL, Roles.MENTOR})
    @Transactional(readOnly = true)
    public SolutionSummary solution(long id) {
        access.requireBrowser();
        return store.find(id).map(row -> withTrackRecords(List.of(row)).getFirst())
                .orElseThrow(() -> new NotFoundException("matching.error.notFound"));
    }

    /** A supplier's track record (verified companies, officials and mentors read it). */
    @RolesAllowed({Roles.COMPANY, Roles.OFFICIAL, Roles.MENTOR})
    @Transactional(readOnly = true)
    public TrackRecord trackRecord(long solutionId) {
        return solution(solutionId).trackRecord();
    }

    /**
     * Solutions ranked for the signed-in demand company: its latest diagnosis' weak areas, stated needs, KSIC section
     * and budget (see {@link SolutionRanking}); its own solutions and flagged suppliers never appear.
     */
    @RolesAllowed(Roles.COMPANY)
    @Transactional(readOnly = true)
    public List<RankedSolution> recommendations(int limit) {
        CompanySummary company = access.myVerifiedCompany();
        DemandNeeds needs = myNeeds();
        Set<DiagnosisArea> weak = diagnoses.gaps(company.id()).map(DiagnosisGaps::weakAreas)
                .map(areas -> areas.isEmpty() ? EnumSet.noneOf(DiagnosisArea.class) : EnumSet.copyOf(areas))
                .orElse(EnumSet.noneOf(DiagnosisArea.class));
        DemandProfile profile = new DemandProfile(company.ksicCode().substring(0, 1), weak, needs.categories(),
                needs.budgetMax());
        List<SolutionSummary> candidates = withTrackRecords(store.all(2000)).stream()
                .filter(s -> s.supplierCompanyId() != company.id()).toList();
        return SolutionRanking.rank(profile, candidates).stream().limit(limit).toList();
    }

    @RolesAllowed(Roles.COMPANY)
    @Transactional(readOnly = true)
    public DemandNeeds myNeeds() {
        Long mine = access.myCompanyId();
        return (mine == null ? java.util.Optional.<CatalogueStore.NeedRow>empty() : store.need(mine))
                .map(n -> new DemandNeeds(categories(n.categories()), n.budgetMax(), n.note()))
                .orElseGet(() -> new DemandNeeds(Set.of(), null, ""));
    }

    @RolesAllowed(Roles.COMPANY)
    @Transactional
    public void saveNeeds(DemandNeeds needs) {
        CompanySummary company = access.myVerifiedCompany();
        if (needs.budgetMax() != null && needs.budgetMax() < 0) {
            throw RuleException.onField("budget", "matching.error.price");
        }
        String note = needs.note() == null ? "" : needs.note().strip();
        if (note.length() > 2000) {
            throw RuleException.onField("note", "matching.error.tooLong");
        }
        store.saveNeed(company.id(), needs.categories().stream().map(Enum::name).sorted()
                .collect(Collectors.joining(",")), needs.budgetMax(), note, clock.instant());
    }

    /** An official flags a supplier as closed or suspended (휴·폐업): a warning everywhere, never recommended. */
    @RolesAllowed(Roles.OFFICIAL)
    @Transactional
    public void flagSupplier(long supplierCompanyId, SupplierFlag.Kind kind, String reason) {
        if (reason == null || reason.isBlank()) {
            throw RuleException.onField("reason", "matching.error.reasonRequired");
        }
        store.setFlag(supplierCompanyId, kind.name(), reason.strip(), access.user().displayName(), clock.instant());
    }

    @RolesAllowed(Roles.OFFICIAL)
    @Transactional
    public void clearFlag(long supplierCompanyId) {
        store.clearFlag(supplierCompanyId);
    }

    private CompanySummary mySupplier() {
        CompanySummary company = access.myVerifiedCompany();
        if (!company.supplier()) {
            throw new RuleException("matching.error.notSupplier");
        }
        return company;
    }

    private List<SolutionSummary> withTrackRecords(List<SolutionRow> rows) {
        Map<Long, TrackRecord> records = new HashMap<>();
        return rows.stream().map(r -> summary(r, records.computeIfAbsent(r.supplierCompanyId(),
                id -> trackRecords.of(id, r.supplierFoundedOn())))).toList();
    }

    static SolutionSummary summary(SolutionRow r, TrackRecord record) {
        List<String> tags = r.tags().isBlank() ? List.of() : Arrays.asList(r.tags().split(","));
        Set<String> sections = r.targetSections().isBlank() ? Set.of()
                : new TreeSet<>(Arrays.asList(r.targetSections().split(",")));
        Set<DiagnosisArea> areas = r.areas().isBlank() ? Set.of() : Arrays.stream(r.areas().split(","))
                .map(DiagnosisArea::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(DiagnosisArea.class)));
        return new SolutionSummary(r.id(), r.supplierCompanyId(), r.supplierName(), r.name(),
                SolutionCategory.valueOf(r.category()), tags, sections, areas, r.priceMin(), r.priceMax(),
                r.projectMonths(), r.description(), r.referenceDeployments(), record);
    }

    private static Set<SolutionCategory> categories(String text) {
        return text == null || text.isBlank() ? Set.of() : Arrays.stream(text.split(",")).map(SolutionCategory::valueOf)
                .collect(Collectors.toSet());
    }

    private static SolutionRow validRow(SolutionForm f) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = f.name() == null ? "" : f.name().strip();
        if (name.isEmpty()) {
            errors.put("name", "matching.error.required");
        } else if (name.length() > 200) {
            errors.put("name", "matching.error.tooLong");
        }
        if (f.category() == null) {
            errors.put("category", "matching.error.required");
        }
        if ((f.priceMin() != null && f.priceMin() < 0) || (f.priceMax() != null && f.priceMax() < 0)) {
            errors.put("priceMin", "matching.error.price");
        } else if (f.priceMin() != null && f.priceMax() != null && f.priceMin() > f.priceMax()) {
            errors.put("priceMax", "matching.error.priceOrder");
        }
        if (f.projectMonths() != null && (f.projectMonths() < 1 || f.projectMonths() > 120)) {
            errors.put("projectMonths", "matching.error.months");
        }
        Set<String> sections = f.targetSections() == null ? Set.of() : f.targetSections();
        if (sections.stream().anyMatch(s -> !s.matches("[A-U]"))) {
            errors.put("targetSections", "matching.error.section");
        }
        String tags = String.join(",", f.tagList());
        if (tags.length() > 500) {
            errors.put("tags", "matching.error.tooLong");
        }
        if (!errors.isEmpty()) {
            throw RuleException.invalid("matching.error.invalid", errors);
        }
        Set<DiagnosisArea> areas = f.areas() == null ? Set.of() : f.areas();
        return new SolutionRow(0, 0, null, null, name, f.category().name(), tags,
                String.join(",", new TreeSet<>(sections)),
                areas.stream().sorted().map(Enum::name).collect(Collectors.joining(",")), f.priceMin(), f.priceMax(),
                f.projectMonths(), f.description() == null ? "" : f.description().strip(),
                f.referenceDeployments() == null ? "" : f.referenceDeployments().strip());
    }
}
