package kr.innocluster.portal.pilotfactory.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import kr.innocluster.portal.IntegrationTest;
import kr.innocluster.portal.base.MovableClock;
import kr.innocluster.portal.pilotfactory.PilotFactoryFixtures;
import kr.innocluster.portal.pilotfactory.ResourceSummary;
import kr.innocluster.portal.security.WithPortalUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static kr.innocluster.portal.pilotfactory.PilotFactoryFixtures.at;
import static kr.innocluster.portal.pilotfactory.PilotFactoryFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

/** The week grid as a company sees it, with the portal's clock on a fixed day. */
@IntegrationTest
@ViewPackages(classes = FactoryCalendarView.class)
class FactoryCalendarBrowserlessTest extends SpringBrowserlessTest {

    @Autowired
    PilotFactoryFixtures fixtures;
    @Autowired
    MovableClock clock;

    @Test
    @WithPortalUser(username = "company2", roles = "company")
    void anotherCompanysBookingThatRunsPastMidnightIsLabelledBookedOnBothDays() {
        ResourceSummary server = fixtures.resource("자정 넘김 서버",
                d -> d.setOpeningHours(PilotFactoryFixtures.aroundTheClock()));
        LocalDate monday = PilotFactoryFixtures.futureMonday(9);
        fixtures.requested("company", request(server, at(monday, 22, 0), at(monday.plusDays(1), 1, 0)));
        clock.moveTo(at(monday, 8, 0));

        navigate(FactoryCalendarView.class);
        @SuppressWarnings("unchecked")
        Select<ResourceSummary> resource = $(Select.class).id("pf-resource-select");
        resource.setValue(resource.getListDataView().getItems().filter(r -> r.id() == server.id()).findFirst()
                .orElseThrow());

        assertThat(cell(monday + "T22:00").getClassNames()).contains("pf-booked");
        assertThat(cell(monday + "T22:00").getText()).isEqualTo("예약됨");
        assertThat(cell(monday + "T23:00").getText()).isEmpty();
        assertThat(cell(monday.plusDays(1) + "T00:00").getClassNames()).contains("pf-booked");
        assertThat(cell(monday.plusDays(1) + "T00:00").getText()).isEqualTo("예약됨");
        assertThat(cell(monday.plusDays(1) + "T01:00").getClassNames()).contains("pf-free");
    }

    private Div cell(String start) {
        return $(Div.class).withClassName("pf-cell").withAttribute("data-start", start).single();
    }
}
