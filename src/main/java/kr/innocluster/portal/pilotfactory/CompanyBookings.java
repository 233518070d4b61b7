package kr.innocluster.portal.pilotfactory;

import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.stream.Collectors;
import kr.innocluster.portal.pilotfactory.domain.BookingRepository;
import kr.innocluster.portal.pilotfactory.domain.FactoryResource;
import kr.innocluster.portal.pilotfactory.domain.FactoryResourceRepository;
import kr.innocluster.portal.security.CurrentUser;
import kr.innocluster.portal.security.Roles;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A company's bookings as its page shows them (the official's 360° view, or its own members), newest first. */
@Service
public class CompanyBookings {

    private final BookingRepository bookings;
    private final FactoryResourceRepository resources;
    private final BookingCompanies companies;
    private final CurrentUser currentUser;

    CompanyBookings(BookingRepository bookings, FactoryResourceRepository resources, BookingCompanies companies,
                    CurrentUser currentUser) {
        this.bookings = bookings;
        this.resources = resources;
        this.companies = companies;
        this.currentUser = currentUser;
    }

    /** Officials see any company's bookings; a company's members their own company's (anyone else: none). */
    @RolesAllowed({Roles.OFFICIAL, Roles.COMPANY})
    @Transactional(readOnly = true)
    public Page<BookingSummary> ofCompany(long companyId, int page, int size) {
        if (!currentUser.require().hasRole(Roles.OFFICIAL)
                && companies.companyOfCurrentUser().filter(c -> c.id() == companyId).isEmpty()) {
            return Page.empty();
        }
        Map<Long, String> names = resources.findAll().stream()
                .collect(Collectors.toMap(FactoryResource::getId, FactoryResource::getName));
        return bookings.findByCompanyId(companyId, PageRequest.of(page, size, Sort.by(Sort.Direction.DESC,
                "startsAt"))).map(b -> BookingService.toSummary(b, names.getOrDefault(b.getResourceId(), "")));
    }
}
