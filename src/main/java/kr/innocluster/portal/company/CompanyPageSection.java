package kr.innocluster.portal.company;

import com.vaadin.flow.component.Component;

/**
 * A block another feature adds to a company's page (applications, grants, bookings, seminar attendance), so this
 * package never imports those features. Implementations are Spring beans; the page calls {@link #create} only after
 * the viewer was allowed to see the company, but each feature's own service still checks access itself.
 */
public interface CompanyPageSection {

    int order();

    /** Message key of the section heading. */
    String titleKey();

    Component create(long companyId);
}
