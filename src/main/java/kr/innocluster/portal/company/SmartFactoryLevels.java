package kr.innocluster.portal.company;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import kr.innocluster.portal.company.domain.Company;
import kr.innocluster.portal.company.domain.CompanyRepository;
import kr.innocluster.portal.company.domain.ConfirmedLevel;
import kr.innocluster.portal.company.domain.ConfirmedLevelRepository;
import kr.innocluster.portal.company.domain.FieldChange;
import kr.innocluster.portal.security.CurrentUser;
import kr.innocluster.portal.security.PortalUser;
import kr.innocluster.portal.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The company's confirmed smart-factory level (수준확인): recorded when a mentor or an official confirms a diagnosis,
 * read by program eligibility and every screen that shows the level. Without a confirmation the declared level stays,
 * shown as unconfirmed.
 */
@Service
public class SmartFactoryLevels {

    private final ConfirmedLevelRepository levels;
    private final CompanyRepository companies;
    private final CompanyAccess access;
    private final CompanyHistory history;
    private final CurrentUser currentUser;
    private final Clock clock;

    SmartFactoryLevels(ConfirmedLevelRepository levels, CompanyRepository companies, CompanyAccess access,
                       CompanyHistory history, CurrentUser currentUser, Clock clock) {
        this.levels = levels;
        this.companies = companies;
        this.access = access;
        this.history = history;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Records a confirmed level (the diagnosis feature calls it inside its confirmation, after checking that the mentor
     * is assigned to the company); kept in the company's change history.
     */
    @PreAuthorize("hasAnyRole('" + Roles.OFFICIAL + "', '" + Roles.MENTOR + "')")
    @Transactional
    public SmartFactoryLevel recordConfirmed(long companyId, int level, LocalDate confirmedOn) {
        PortalUser user = currentUser.require();
        if (level < 1 || level > 5) {
            throw new IllegalArgumentException("level " + level);
        }
        Company company = companies.findById(companyId).orElseThrow(() -> new CompanyNotFoundException(companyId));
        ConfirmedLevel confirmed = levels.findById(companyId).orElseGet(() -> new ConfirmedLevel(companyId));
        String before = confirmed.getConfirmedOn() == null ? null : String.valueOf(confirmed.getLevel());
        confirmed.confirm(level, confirmedOn, user.displayName(), clock.instant());
        levels.save(confirmed);
        history.record(companyId, user, java.util.List.of(
                new FieldChange("confirmedSmartFactoryLevel", before, level + " (" + confirmedOn + ")")));
        return new SmartFactoryLevel(company.getSmartFactoryLevel(), level, confirmedOn);
    }

    /**
     * The level of a company the caller may see (officials, its members; mentors and other staff get it through the
     * feature that already checked them, see {@link #levelForStaff}); refused like a missing company otherwise.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public SmartFactoryLevel level(long companyId) {
        return of(access.visibleOrThrow(companyId));
    }

    /** Any company's level for staff screens (mentors, reviewers of eligibility, officials). */
    @PreAuthorize("hasAnyRole('" + Roles.OFFICIAL + "', '" + Roles.MENTOR + "', '" + Roles.REVIEWER + "')")
    @Transactional(readOnly = true)
    public SmartFactoryLevel levelForStaff(long companyId) {
        return of(companies.findById(companyId).orElseThrow(() -> new CompanyNotFoundException(companyId)));
    }

    /**
     * The confirmed level only, for program eligibility while checking a company it already holds (its own
     * access rules apply there); a number and a date, no other company data.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<SmartFactoryLevel> confirmedOnly(long companyId) {
        return levels.findById(companyId).map(c -> new SmartFactoryLevel(null, c.getLevel(), c.getConfirmedOn()));
    }

    private SmartFactoryLevel of(Company company) {
        return levels.findById(company.getId())
                .map(c -> new SmartFactoryLevel(company.getSmartFactoryLevel(), c.getLevel(), c.getConfirmedOn()))
                .orElseGet(() -> new SmartFactoryLevel(company.getSmartFactoryLevel(), null, null));
    }
}
