package kr.innocluster.portal.program;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import kr.innocluster.portal.base.Money;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.program.domain.GrantAgreement;
import kr.innocluster.portal.program.domain.GrantAgreementRepository;
import kr.innocluster.portal.program.domain.GrantApplication;
import kr.innocluster.portal.security.CurrentUser;
import kr.innocluster.portal.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 협약: officials record the terms of a selected grant; the company confirms them in the portal. */
@Service
public class AgreementService {

    private final GrantAgreementRepository agreements;
    private final ApplicationAccess access;
    private final DecisionNotices notices;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    AgreementService(GrantAgreementRepository agreements, ApplicationAccess access, DecisionNotices notices,
                     AuditTrail audit, CurrentUser currentUser, Clock clock) {
        this.agreements = agreements;
        this.access = access;
        this.notices = notices;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The government grant is the approved amount; the budget lines add up to grant + own contribution. */
    @RolesAllowed(Roles.OFFICIAL)
    @Transactional
    public void record(long applicationId, AgreementTerms terms) {
        GrantApplication application = access.forOfficial(applicationId);
        if (application.getStatus() != ApplicationStatus.SELECTED) {
            throw new RuleException("program.error.wrongStatus");
        }
        Map<String, String> errors = validate(terms, application.getGrantedAmount());
        if (!errors.isEmpty()) {
            throw RuleException.invalid(ProgramRefusals.INVALID, errors);
        }
        GrantAgreement agreement = agreements.findByApplicationId(applicationId)
                .orElseGet(() -> new GrantAgreement(application, clock.instant()));
        agreement.terms(terms.periodStart(), terms.periodEnd(), terms.governmentGrant(), terms.companyContribution());
        agreement.replaceLines(terms.lines().stream().map(l -> l.item().strip()).toList(),
                terms.lines().stream().map(BudgetLine::amount).toList());
        agreements.save(agreement);
        audit.record(application.getProgram().getId(), applicationId, AuditAction.AGREEMENT_RECORDED,
                terms.periodStart() + " ~ " + terms.periodEnd() + ", " + Money.won(terms.governmentGrant())
                        + " + " + Money.won(terms.companyContribution()));
        notices.agreementReady(application);
    }

    /** The agreement of an application, for officials and the application's own company. */
    @PreAuthorize("hasAnyRole('" + Roles.OFFICIAL + "', '" + Roles.COMPANY + "')")
    @Transactional(readOnly = true)
    public Optional<AgreementDetails> agreementOf(long applicationId) {
        GrantApplication application = currentUser.require().hasRole(Roles.OFFICIAL)
                ? access.forOfficial(applicationId) : access.ownedByMyCompany(applicationId);
        return agreements.findByApplicationId(applicationId).map(g -> details(application, g));
    }

    /** The company accepts the recorded terms; the application reaches its last step (협약 체결). */
    @RolesAllowed(Roles.COMPANY)
    @Transactional
    public void confirm(long applicationId) {
        GrantApplication application = access.ownedByMyCompany(applicationId);
        GrantAgreement agreement = agreements.findByApplicationId(applicationId)
                .orElseThrow(ProgramRefusals::notFound);
        if (application.getStatus() != ApplicationStatus.SELECTED || agreement.getConfirmedAt() != null) {
            throw new RuleException("program.error.wrongStatus");
        }
        agreement.confirm(currentUser.require().displayName(), clock.instant());
        application.moveTo(ApplicationStatus.AGREED);
        audit.record(application.getProgram().getId(), applicationId, AuditAction.AGREEMENT_CONFIRMED, null);
    }

    private static Map<String, String> validate(AgreementTerms t, Long granted) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (t.periodStart() == null || t.periodEnd() == null || !t.periodEnd().isAfter(t.periodStart())) {
            errors.put("period", "program.validation.period");
        }
        if (t.governmentGrant() == null || !t.governmentGrant().equals(granted)) {
            errors.put("governmentGrant", "program.validation.governmentGrant");
        }
        if (t.companyContribution() == null || t.companyContribution() < 0) {
            errors.put("companyContribution", "program.validation.contribution");
        }
        if (t.lines() == null || t.lines().isEmpty()
                || t.lines().stream().anyMatch(l -> l.item() == null || l.item().isBlank() || l.amount() <= 0)) {
            errors.put("lines", "program.validation.lines");
        } else if (t.governmentGrant() != null && t.companyContribution() != null
                && t.lines().stream().mapToLong(BudgetLine::amount).sum()
                        != t.governmentGrant() + t.companyContribution()) {
            errors.put("lines", "program.validation.linesSum");
        }
        return errors;
    }

    private static AgreementDetails details(GrantApplication a, GrantAgreement g) {
        return new AgreementDetails(a.getId(), a.getProgram().getTitle(), a.getCompanyName(), a.getProjectTitle(),
                new AgreementTerms(g.getPeriodStart(), g.getPeriodEnd(), g.getGovernmentGrant(),
                        g.getCompanyContribution(),
                        g.getLines().stream().map(l -> new BudgetLine(l.getItem(), l.getAmount())).toList()),
                g.getConfirmedAt(), g.getConfirmedBy());
    }
}
