package kr.innocluster.portal.seminar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.seminar.AttendeeRow;
import kr.innocluster.portal.seminar.RegistrationStatus;
import kr.innocluster.portal.seminar.SeminarAttendanceService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The attendee list (paged in the database), searchable by name, organisation, email or ticket code. */
class AttendeeGrid extends VerticalLayout {

    AttendeeGrid(long seminarId, SeminarAttendanceService attendance, DisplayZone zone, Runnable changed) {
        setPadding(false);
        TextField search = new TextField();
        search.setPlaceholder(getTranslation("seminar.desk.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addClassName("seminar-search");
        search.setId("attendee-search");
        search.setClearButtonVisible(true);

        Grid<AttendeeRow> grid = new Grid<>();
        grid.addComponentColumn(row -> SeminarUi.registrationBadge(this, row.status()))
                .setHeader(getTranslation("seminar.export.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.status() == RegistrationStatus.WAITLISTED && row.waitlistNumber() != null
                ? "#" + row.waitlistNumber() : "").setHeader(getTranslation("seminar.desk.waitNo")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AttendeeRow::name).setHeader(getTranslation("seminar.export.name")).setAutoWidth(true);
        grid.addColumn(AttendeeRow::organisation).setHeader(getTranslation("seminar.export.organisation")).setFlexGrow(1);
        grid.addColumn(AttendeeRow::email).setHeader(getTranslation("seminar.export.email")).setAutoWidth(true);
        grid.addColumn(AttendeeRow::phone).setHeader(getTranslation("seminar.export.phone")).setAutoWidth(true);
        grid.addColumn(AttendeeRow::ticketCode).setHeader(getTranslation("seminar.export.ticket")).setAutoWidth(true);
        grid.addColumn(row -> zone.formatDateTime(row.checkedInAt()))
                .setHeader(getTranslation("seminar.export.checkedInAt")).setAutoWidth(true);
        grid.addComponentColumn(row -> {
            if (row.status() != RegistrationStatus.CONFIRMED) {
                return new Span();
            }
            boolean in = row.checkedInAt() != null;
            Button toggle = new Button(getTranslation(in ? "seminar.checkin.undo" : "seminar.checkin.do"), click -> {
                boolean done = Notices.attempt(() -> {
                    if (in) {
                        attendance.undoCheckIn(seminarId, row.id());
                    } else {
                        attendance.checkIn(seminarId, row.id());
                    }
                });
                if (done) {
                    grid.getDataProvider().refreshAll();
                    changed.run();
                }
            });
            toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, in ? ButtonVariant.LUMO_TERTIARY : ButtonVariant.LUMO_PRIMARY);
            return toggle;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setItemsPageable(pageable -> attendance.attendees(seminarId, search.getValue(), PageRequest.of(
                pageable.getPageNumber(), pageable.getPageSize(), Sort.by("id"))).getContent());
        grid.setEmptyStateText(getTranslation("seminar.desk.noAttendees"));
        grid.addClassName("seminar-attendee-grid");
        grid.setId("attendee-grid");
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(search, grid);
    }
}
