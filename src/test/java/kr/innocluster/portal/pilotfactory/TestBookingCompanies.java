package kr.innocluster.portal.pilotfactory;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import kr.innocluster.portal.security.CurrentUser;
import kr.innocluster.portal.security.DemoUsers;
import kr.innocluster.portal.security.TestUsers;

/**
 * Stands in for the company registry (company feature, not on main yet) in this feature's tests: users are linked to
 * companies here. The demo users keep their demo companies, both verified.
 */
class TestBookingCompanies implements BookingCompanies {

    record Membership(BookingCompany company, boolean verified) {
    }

    private final Map<String, Membership> bySubject = new ConcurrentHashMap<>();
    private final CurrentUser currentUser;

    TestBookingCompanies(CurrentUser currentUser) {
        this.currentUser = currentUser;
        link(DemoUsers.COMPANY, 1_000_001, PilotFactoryDemoData.HANBIT, true);
        link(DemoUsers.COMPANY2, 1_000_002, PilotFactoryDemoData.SAEBYEOL, true);
    }

    /** Makes {@code username}'s user a member of the company (ids are chosen by the test). */
    BookingCompany link(String username, long companyId, String name, boolean verified) {
        String subject = username.contains("-0000-") ? username : TestUsers.subjectOf(username);
        BookingCompany company = new BookingCompany(companyId, name);
        bySubject.put(subject, new Membership(company, verified));
        return company;
    }

    @Override
    public Optional<BookingCompany> companyOfCurrentUser() {
        return currentUser.get().map(user -> bySubject.get(user.subject())).map(Membership::company);
    }

    @Override
    public BookingCompany requireVerifiedCompanyOfCurrentUser() {
        return currentUser.get().map(user -> bySubject.get(user.subject())).filter(Membership::verified)
                .map(Membership::company)
                .orElseThrow(() -> new BookingRuleException("company", "pf.error.companyNotVerified"));
    }

    @Override
    public Optional<BookingCompany> findByName(String name) {
        return bySubject.values().stream().map(Membership::company).filter(c -> c.name().equals(name)).findFirst();
    }
}
