package kr.innocluster.portal.company.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import kr.innocluster.portal.base.ui.HomeSection;
import java.util.List;
import com.vaadin.flow.router.RouteParameters;
import kr.innocluster.portal.company.CompanyChangeRequest;
import kr.innocluster.portal.company.CompanyChangeRequestService;
import kr.innocluster.portal.company.CompanyDirectoryService;
import kr.innocluster.portal.company.CompanyStatus;
import kr.innocluster.portal.security.PortalUser;
import kr.innocluster.portal.security.Roles;
import org.springframework.beans.factory.ObjectProvider;

/**
 * On an official's home: how many companies wait for verification, with a link to exactly those, and the verified
 * companies whose change requests wait for approval.
 */
@org.springframework.stereotype.Component
class VerificationQueueHomeSection implements HomeSection {

    private final ObjectProvider<CompanyDirectoryService> directory;
    private final ObjectProvider<CompanyChangeRequestService> changeRequests;

    VerificationQueueHomeSection(ObjectProvider<CompanyDirectoryService> directory,
                                 ObjectProvider<CompanyChangeRequestService> changeRequests) {
        this.directory = directory;
        this.changeRequests = changeRequests;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public boolean appliesTo(PortalUser user) {
        return user.hasRole(Roles.OFFICIAL);
    }

    @Override
    public Component create(PortalUser user) {
        UI ui = UI.getCurrent();
        long waiting = directory.getObject().countAwaitingVerification();
        RouterLink link = new RouterLink(ui.getTranslation("company.home.queue.open"), CompanyListView.class);
        link.setQueryParameters(QueryParameters.of("status", CompanyStatus.PENDING.name()));
        link.setId("verification-queue-link");
        Paragraph count = new Paragraph(ui.getTranslation("company.home.queue.count", waiting));
        count.setId("verification-queue-count");
        Div card = new Div(new H3(ui.getTranslation("company.home.queue.title")), count, link);
        card.addClassNames("card", "company-home");
        List<CompanyChangeRequest> changes = changeRequests.getObject().awaiting(5);
        if (!changes.isEmpty()) {
            Paragraph changeCount = new Paragraph(ui.getTranslation("company.home.changes.count",
                    changeRequests.getObject().countAwaiting()));
            changeCount.setId("change-requests-count");
            card.add(changeCount);
            for (CompanyChangeRequest change : changes) {
                RouterLink company = new RouterLink(change.companyName(), CompanyPageView.class,
                        new RouteParameters("id", String.valueOf(change.companyId())));
                company.addClassName("company-home-change");
                card.add(new Div(company));
            }
        }
        return card;
    }
}
