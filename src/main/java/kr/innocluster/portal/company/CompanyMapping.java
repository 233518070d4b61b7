package kr.innocluster.portal.company;

import kr.innocluster.portal.company.domain.ChangeRecord;
import kr.innocluster.portal.company.domain.Company;
import kr.innocluster.portal.company.domain.JoinRequest;
import kr.innocluster.portal.company.domain.Membership;

/** Entities to the records of the public API. */
final class CompanyMapping {

    private CompanyMapping() {
    }

    static CompanySummary summary(Company c) {
        return new CompanySummary(c.getId(), c.getBusinessNumber(), c.getName(), c.getRegion(),
                c.getSizeClass(), c.getKsicCode(), c.getSmartFactoryLevel(), c.getFoundedOn(),
                c.getStatus(), c.isSupplier(), c.isDemand());
    }

    static CompanyDetails details(Company c) {
        return new CompanyDetails(c.getId(), c.getBusinessNumber(), c.getName(), c.getCeoName(), c.getAddress(),
                c.getRegion(), c.getKsicCode(), c.getSizeClass(), c.getFoundedOn(), c.getEmployees(),
                c.getAnnualRevenue(), c.getSmartFactoryLevel(), c.isSupplier(), c.isDemand(), c.getContactName(),
                c.getContactPhone(), c.getContactEmail(), c.getStatus(), c.getStatusReason(), c.getStatusDecidedBy(),
                c.getStatusDecidedAt(), c.getCreatedAt(), c.getVersion());
    }

    static CompanyMember member(Membership m) {
        return new CompanyMember(m.getUserSubject(), m.getDisplayName(), m.getEmail(), m.isManager(), m.getJoinedAt());
    }

    static CompanyJoinRequest joinRequest(JoinRequest r, String companyName) {
        return new CompanyJoinRequest(r.getId(), r.getCompanyId(), companyName, r.getRequesterName(),
                r.getRequesterEmail(), r.getStatus(), r.getRequestedAt());
    }

    static CompanyChange change(ChangeRecord r) {
        return new CompanyChange(r.getChangedAt(), r.getChangedByName(), r.getField(), r.getOldValue(),
                r.getNewValue());
    }
}
