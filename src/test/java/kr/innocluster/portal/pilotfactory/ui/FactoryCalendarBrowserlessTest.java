package kr.innocluster.portal.pilotfactory.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.time.LocalDate;
import java.time.LocalTime;
import kr.innocluster.portal.IntegrationTest;
import kr.innocluster.portal.base.MovableClock;
import kr.innocluster.portal.pilotfactory.PilotFactoryFixtures;
import kr.innocluster.portal.pilotfactory.ResourceSummary;
import kr.innocluster.portal.security.WithPortalUser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.ObjectNode;

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

        assertThat(cell(monday + "T22:00").classNames()).contains("pf-booked");
        assertThat(cell(monday + "T22:00").text()).isEqualTo("예약됨");
        assertThat(cell(monday + "T23:00").text()).isEmpty();
        assertThat(cell(monday.plusDays(1) + "T00:00").classNames()).contains("pf-booked");
        assertThat(cell(monday.plusDays(1) + "T00:00").text()).isEqualTo("예약됨");
        assertThat(cell(monday.plusDays(1) + "T01:00").classNames()).contains("pf-free");
    }

    @Test
    @WithPortalUser(username = "company", roles = "company")
    void pickingAFreeCellOpensTheRequestAtItsTimeAndCellsOutsideTheWeekAreIgnored() {
        // a day's lead time: never the first free slot another test's search expects
        ResourceSummary server = fixtures.resource("칸 선택 서버", d -> {
            d.setOpeningHours(PilotFactoryFixtures.aroundTheClock());
            d.setLeadHours(24);
        });
        LocalDate monday = PilotFactoryFixtures.futureMonday(9);
        clock.moveTo(at(monday, 8, 0));
        navigate(FactoryCalendarView.class);
        @SuppressWarnings("unchecked")
        Select<ResourceSummary> resource = $(Select.class).id("pf-resource-select");
        resource.setValue(resource.getListDataView().getItems().filter(r -> r.id() == server.id()).findFirst()
                .orElseThrow());
        Element cell = cell(monday.plusDays(2) + "T14:00");
        assertThat(cell.classNames()).contains("pf-free", "pf-clickable");
        assertThat(cell.attr("tabindex")).as("reachable with Tab").isEqualTo("0");
        assertThat(cell.attr("role")).isEqualTo("button");

        pick(monday.plusWeeks(3) + "T14:00"); // not a cell of this week: a forged event
        assertThat($(Dialog.class).all()).isEmpty();

        pick(monday.plusDays(2) + "T14:00");
        Dialog dialog = $(Dialog.class).single();
        assertThat(dialog.getHeaderTitle()).contains("칸 선택 서버");
        assertThat($(DatePicker.class).all().stream().filter(p -> p.findAncestor(Dialog.class) == dialog)
                .map(DatePicker::getValue)).containsExactly(monday.plusDays(2));
        assertThat($(TimePicker.class).all().stream().filter(p -> p.findAncestor(Dialog.class) == dialog)
                .findFirst().orElseThrow().getValue()).as("the request starts at the picked cell")
                .isEqualTo(LocalTime.of(14, 0));
    }

    /** What the browser sends when a cell of the week grid is clicked or picked with Enter. */
    private void pick(String start) {
        com.vaadin.flow.dom.Element week = $(WeekCalendar.class).single().getElement();
        ObjectNode data = JacksonUtils.createObjectNode();
        data.put("event.target.closest('.pf-clickable').dataset.start", start);
        data.put("event.target.closest('.pf-clickable') !== null", true); // the listener's filter, as evaluated
        week.getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(week, "click", data));
    }

    /** A cell of the week grid as the browser gets it (the grid is one HTML fragment). */
    private Element cell(String start) {
        String html = $(WeekCalendar.class).single().getElement().getProperty("innerHTML");
        return Jsoup.parseBodyFragment(html).select("div.pf-cell[data-start=" + start + "]").getFirst();
    }
}
