package kr.innocluster.portal.grant;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import kr.innocluster.portal.base.ConflictException;
import kr.innocluster.portal.base.Money;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.grant.domain.ActivityStore;
import kr.innocluster.portal.grant.domain.ProjectRow;
import kr.innocluster.portal.grant.domain.ProjectStore;
import kr.innocluster.portal.program.AgreedGrant;
import kr.innocluster.portal.program.AgreedGrants;
import kr.innocluster.portal.program.AuditAction;
import kr.innocluster.portal.program.BudgetLine;
import kr.innocluster.portal.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agreement as a contract (협약): officials prepare it from the program's agreed grant, the company and the official
 * both confirm it, and it becomes the version in force; the grant is then paid out in instalments (교부).
 */
@Service
public class GrantProjectService {

    /** The final report is due this many days after the project ends. */
    static final int FINAL_REPORT_DAYS = 30;
    /** A conditional instalment is planned this many days after the interim report is due. */
    static final int INSTALMENT_AFTER_INTERIM_DAYS = 14;

    private final ProjectStore projects;
    private final ActivityStore activity;
    private final AgreedGrants agreedGrants;
    private final GrantAccess access;
    private final GrantSettings settings;
    private final GrantNotices notices;
    private final GrantPdf pdf;
    private final Clock clock;

    GrantProjectService(ProjectStore projects, ActivityStore activity, AgreedGrants agreedGrants, GrantAccess access,
                        GrantSettings settings, GrantNotices notices, GrantPdf pdf, Clock clock) {
        this.projects = projects;
        this.activity = activity;
        this.agreedGrants = agreedGrants;
        this.access = access;
        this.settings = settings;
        this.notices = notices;
        this.pdf = pdf;
        this.clock = clock;
    }

    /** Agreed grants whose contract is not prepared yet. */
    @RolesAllowed(Roles.OFFICIAL)
    @Transactional(readOnly = true)
    public List<AwaitingContract> awaitingContracts() {
        return agreedGrants.agreedGrants().stream()
                .filter(g -> !projects.existsForApplication(g.applicationId()))
                .map(g -> new AwaitingContract(g.applicationId(), g.programTitle(), g.companyName(), g.projectTitle(),
                        g.terms().governmentGrant()))
                .toList();
    }

    /**
     * Prepares the contract from the agreed terms: each budget line is split into grant and own contribution in the
     * proportion of the whole agreement (the last line takes the rounding), the own contribution is all cash, and the
     * program's KPIs are proposed. The official then adjusts it; both sides confirm.
     */
    @RolesAllowed(Roles.OFFICIAL)
    @Transactional
    public long prepareContract(long applicationId) {
        AgreedGrant g = agreedGrants.agreedGrant(applicationId);
        if (projects.existsForApplication(applicationId)) {
            throw new ConflictException("grant.error.contractExists");
        }
        ProgramSettings s = settings.of(g.programId());
        long grant = g.terms().governmentGrant();
        long own = g.terms().companyContribution();
        long id = projects.insertProject(new ProjectRow(0, applicationId, g.programId(), g.companyId(),
                g.programTitle(), g.companyName(), g.projectTitle(), g.goals(), g.applicantSubject(),
                g.applicantName(), g.applicantEmail(), grant, ProjectStatus.CONTRACTING, g.terms().periodStart(),
                g.terms().periodEnd(), own, 0, true, 0, null, null, null, null, null, null, null, null), clock.instant());
        List<String> categories = new ArrayList<>();
        List<Long> grants = new ArrayList<>();
        List<Long> owns = new ArrayList<>();
        long total = grant + own;
        long grantLeft = grant;
        List<BudgetLine> lines = g.terms().lines();
        for (int i = 0; i < lines.size(); i++) {
            BudgetLine line = lines.get(i);
            long lineGrant = i == lines.size() - 1 ? grantLeft
                    : Math.min(grantLeft, Math.floorDiv(line.amount() * grant, total));
            categories.add(line.item());
            grants.add(lineGrant);
            owns.add(line.amount() - lineGrant);
            grantLeft -= lineGrant;
        }
        projects.replaceLines(id, categories, grants, owns);
        projects.replaceKpis(id, s.kpis().stream().map(GrantProjectService::kpiName).toList(),
                s.kpis().stream().map(GrantProjectService::kpiTarget).toList());
        agreedGrants.recordDecision(applicationId, AuditAction.CONTRACT_PREPARED, "#" + id);
        notices.send(projects.project(id).orElseThrow(), "contract", "");
        return id;
    }

    /** Officials change the terms until both sides confirmed; any change asks both to confirm again. */
    @RolesAllowed(Roles.OFFICIAL)
    @Transactional
    public void updateContract(long projectId, ContractForm form) {
        ProjectRow p = access.lock(access.forOfficial(projectId));
        if (p.status() != ProjectStatus.CONTRACTING) {
            throw new RuleException("grant.error.wrongStatus");
        }
        ContractRules.check(form, p.governmentGrant(), settings.of(p.programId()));
        projects.updateTerms(projectId, form.periodStart(), form.periodEnd(), form.ownCash(), form.ownInKind(),
                form.deductsInputVat());
        projects.replaceLines(projectId, form.lines().stream().map(l -> l.category().strip()).toList(),
                form.lines().stream().map(ContractForm.LineAmounts::grantAmount).toList(),
                form.lines().stream().map(ContractForm.LineAmounts::ownAmount).toList());
        projects.replaceKpis(projectId, form.kpis().stream().map(k -> k.name().strip()).toList(),
                form.kpis().stream().map(k -> k.target().strip()).toList());
    }

    /** The contract terms as a form copy, for the official's editor. */
    @RolesAllowed(Roles.OFFICIAL)
    @Transactional(readOnly = true)
    public ContractForm contractForm(long projectId) {
        ProjectRow p = access.forOfficial(projectId);
        return new ContractForm(p.periodStart(), p.periodEnd(), p.ownCash(), p.ownInKind(), p.deductsInputVat(),
                projects.lines(projectId).stream()
                        .map(l -> new ContractForm.LineAmounts(l.category(), l.grantAmount(), l.ownAmount())).toList(),
                projects.kpis(projectId).stream().map(k -> new ContractForm.KpiLine(k.name(), k.target())).toList());
    }

    /**
     * The company (any of its members) or an official confirms the contract; once both did, version 1 is in force,
     * the instalments and reports are planned and spending may start.
     */
    @RolesAllowed({Roles.OFFICIAL, Roles.COMPANY})
    @Transactional
    public void confirmContract(long projectId) {
        ProjectRow p = access.lock(access.visible(projectId));
        if (p.status() != ProjectStatus.CONTRACTING) {
            throw new RuleException("grant.error.wrongStatus");
        }
        ContractRules.check(contractFormOf(p), p.governmentGrant(), settings.of(p.programId()));
        Instant now = clock.instant();
        boolean official = access.isOfficial();
        if (official) {
            projects.confirmByOfficial(projectId, access.actorName(), now);
        } else {
            projects.confirmByCompany(projectId, access.actorName(), now);
        }
        ProjectRow after = projects.project(projectId).orElseThrow();
        if (after.companyConfirmedAt() != null && after.officialConfirmedAt() != null) {
            activate(after, now);
        }
        agreedGrants.recordDecision(p.applicationId(), AuditAction.CONTRACT_CONFIRMED,
                official ? Roles.OFFICIAL : Roles.COMPANY);
    }

    private void activate(ProjectRow p, Instant now) {
        int version = projects.nextVersion(p.id());
        projects.saveVersion(p.id(), version, p.periodEnd(), null, access.actorName(), now);
        LocalDate interimDue = p.periodStart().plusDays(ChronoUnit.DAYS.between(p.periodStart(), p.periodEnd()) / 2);
        activity.addReport(p.id(), ReportKind.INTERIM, interimDue);
        activity.addReport(p.id(), ReportKind.FINAL, p.periodEnd().plusDays(FINAL_REPORT_DAYS));
        List<Integer> percents = settings.of(p.programId()).instalmentPercents();
        long left = p.governmentGrant();
        for (int i = 0; i < percents.size(); i++) {
            long amount = i == percents.size() - 1 ? left : p.governmentGrant() * percents.get(i) / 100;
            left -= amount;
            boolean first = i == 0;
            projects.addInstalment(p.id(), i + 1,
                    first ? p.periodStart() : interimDue.plusDays(INSTALMENT_AFTER_INTERIM_DAYS), amount,
                    first ? InstalmentCondition.CONTRACT_SIGNED : InstalmentCondition.INTERIM_ACCEPTED);
        }
        projects.status(p.id(), ProjectStatus.ACTIVE);
        notices.send(p, "active", "");
    }

    @RolesAllowed({Roles.OFFICIAL, Roles.COMPANY})
    @Transactional(readOnly = true)
    public List<ProjectSummary> projects(int offset, int limit) {
        return projects.summaries(access.companyFilter().orElse(null), null, offset, limit);
    }

    @RolesAllowed({Roles.OFFICIAL, Roles.COMPANY})
    @Transactional(readOnly = true)
    public int countProjects() {
        return projects.countProjects(access.companyFilter().orElse(null));
    }

    @RolesAllowed({Roles.OFFICIAL, Roles.COMPANY})
    @Transactional(readOnly = true)
    public ProjectDetails project(long projectId) {
        return details(access.visible(projectId));
    }

    @RolesAllowed({Roles.OFFICIAL, Roles.COMPANY})
    @Transactional(readOnly = true)
    public List<AgreementVersion> versions(long projectId) {
        return projects.versions(access.visible(projectId).id());
    }

    /** The 협약서 as a PDF, with both confirmations once given. */
    @RolesAllowed({Roles.OFFICIAL, Roles.COMPANY})
    @Transactional(readOnly = true)
    public byte[] contractPdf(long projectId) {
        return pdf.contract(details(access.visible(projectId)));
    }

    /** Records the payment of an instalment; a conditional one only once its condition is met. */
    @RolesAllowed(Roles.OFFICIAL)
    @Transactional
    public void recordPayment(long instalmentId, LocalDate paidOn) {
        long projectId = projects.projectOfInstalment(instalmentId).orElseThrow(GrantAccess::notFound);
        ProjectRow p = access.lock(access.forOfficial(projectId));
        if (p.status() != ProjectStatus.ACTIVE) {
            throw new RuleException("grant.error.wrongStatus");
        }
        if (paidOn == null || paidOn.isAfter(LocalDate.now(clock))) {
            throw RuleException.onField("paidOn", "grant.validation.paidOn");
        }
        InstalmentView instalment = projects.instalments(projectId).stream().filter(i -> i.id() == instalmentId)
                .findFirst().orElseThrow(GrantAccess::notFound);
        if (instalment.condition() == InstalmentCondition.INTERIM_ACCEPTED && activity.reports(projectId).stream()
                .noneMatch(r -> r.kind() == ReportKind.INTERIM && r.status() == ReportStatus.ACCEPTED)) {
            throw new RuleException("grant.error.conditionNotMet");
        }
        if (!projects.pay(instalmentId, paidOn, access.actorName())) {
            throw new ConflictException("grant.error.alreadyPaid");
        }
        String detail = "#" + instalment.seq() + " " + Money.won(instalment.amount()) + " " + paidOn;
        agreedGrants.recordDecision(p.applicationId(), AuditAction.PAYMENT_RECORDED, detail);
        notices.send(p, "payment", Money.won(instalment.amount()));
    }

    @RolesAllowed(Roles.OFFICIAL)
    @Transactional(readOnly = true)
    public ProgramSettings settings(long programId) {
        return settings.of(programId);
    }

    @RolesAllowed(Roles.OFFICIAL)
    @Transactional
    public void saveSettings(ProgramSettings s) {
        java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (s.categories().isEmpty()) {
            errors.put("categories", "grant.validation.categories");
        }
        if (s.instalmentPercents().isEmpty() || s.instalmentPercents().stream().anyMatch(p -> p <= 0)
                || s.instalmentPercents().stream().mapToInt(Integer::intValue).sum() != 100) {
            errors.put("instalments", "grant.validation.instalments");
        }
        if (s.kpis().isEmpty()) {
            errors.put("kpis", "grant.validation.kpis");
        }
        if (!errors.isEmpty()) {
            throw RuleException.invalid(ContractRules.INVALID, errors);
        }
        projects.saveSettings(s);
    }

    ProjectDetails details(ProjectRow p) {
        List<BudgetLineView> lines = projects.lines(p.id());
        long paid = projects.paid(p.id());
        long spent = lines.stream().mapToLong(BudgetLineView::spent).sum();
        ProjectSummary summary = new ProjectSummary(p.id(), p.applicationId(), p.programId(), p.programTitle(),
                p.companyName(), p.projectTitle(), p.status(), p.periodStart(), p.periodEnd(), p.governmentGrant(),
                paid, spent);
        return new ProjectDetails(summary, p.goals(), p.ownCash(), p.ownInKind(), p.deductsInputVat(), p.version(),
                p.companyConfirmedAt(), p.companyConfirmedBy(), p.officialConfirmedAt(), p.officialConfirmedBy(),
                lines, projects.kpis(p.id()), projects.instalments(p.id()), activity.reports(p.id()), p.interest(),
                p.recovery(), p.settledAt(), p.settledBy(), settings.of(p.programId()));
    }

    private ContractForm contractFormOf(ProjectRow p) {
        return new ContractForm(p.periodStart(), p.periodEnd(), p.ownCash(), p.ownInKind(), p.deductsInputVat(),
                projects.lines(p.id()).stream()
                        .map(l -> new ContractForm.LineAmounts(l.category(), l.grantAmount(), l.ownAmount())).toList(),
                projects.kpis(p.id()).stream().map(k -> new ContractForm.KpiLine(k.name(), k.target())).toList());
    }

    /** A KPI setting is written "name=target" (the target may be left for the official). */
    private static String kpiName(String setting) {
        int eq = setting.indexOf('=');
        return (eq < 0 ? setting : setting.substring(0, eq)).strip();
    }

    private static String kpiTarget(String setting) {
        int eq = setting.indexOf('=');
        return eq < 0 ? "" : setting.substring(eq + 1).strip();
    }
}
