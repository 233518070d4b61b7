package kr.innocluster.portal.pilotfactory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.company.CompanyPageSection;
import kr.innocluster.portal.pilotfactory.BookingSummary;
import kr.innocluster.portal.pilotfactory.CompanyBookings;

/** On a company's page (officials): its pilot-factory bookings, paged from the database. */
@org.springframework.stereotype.Component
class BookingsCompanySection implements CompanyPageSection {

    private final CompanyBookings bookings;
    private final DisplayZone zone;

    BookingsCompanySection(CompanyBookings bookings, DisplayZone zone) {
        this.bookings = bookings;
        this.zone = zone;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String titleKey() {
        return "pf.companySection.title";
    }

    @Override
    public Component create(long companyId) {
        Grid<BookingSummary> grid = new Grid<>();
        grid.setId("company-pf-bookings");
        grid.addColumn(b -> When.of(zone, b.startsAt(), b.endsAt())).setHeader(grid.getTranslation("pf.col.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(BookingSummary::resourceName).setHeader(grid.getTranslation("pf.col.resource"))
                .setAutoWidth(true);
        grid.addColumn(BookingSummary::solution).setHeader(grid.getTranslation("pf.col.solution")).setFlexGrow(1);
        grid.addComponentColumn(StatusBadges::of).setHeader(grid.getTranslation("pf.col.status")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItemsPageable(pageable -> bookings.ofCompany(companyId, pageable.getPageNumber(),
                pageable.getPageSize()).getContent());
        grid.setEmptyStateText(grid.getTranslation("pf.companySection.empty"));
        grid.setPageSize(20);
        grid.setHeight("22rem");
        return grid;
    }
}
