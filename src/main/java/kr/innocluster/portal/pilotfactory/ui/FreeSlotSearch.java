package kr.innocluster.portal.pilotfactory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.pilotfactory.FactoryCalendarService;
import kr.innocluster.portal.pilotfactory.FreeSlot;
import kr.innocluster.portal.pilotfactory.ResourceSummary;

/** "Find the first free slot of N hours on any of these resources in this period", with a button to book it. */
class FreeSlotSearch extends Div {

    FreeSlotSearch(FactoryCalendarService calendars, List<ResourceSummary> resources, LocalDate today,
                   DisplayZone displayZone, Consumer<FreeSlot> onFound, boolean canBook) {
        addClassNames("card", "pf-search");
        MultiSelectComboBox<ResourceSummary> which = new MultiSelectComboBox<>(getTranslation("pf.search.resources"));
        which.setItems(resources);
        which.setItemLabelGenerator(ResourceSummary::name);
        which.select(resources);
        which.setAutoExpand(MultiSelectComboBox.AutoExpandMode.VERTICAL);
        which.setWidthFull();
        DatePicker from = DateFormats.isoDates(new DatePicker(getTranslation("pf.search.from"), today));
        DatePicker to = DateFormats.isoDates(new DatePicker(getTranslation("pf.search.to"), today.plusWeeks(4)));
        from.setWidthFull();
        to.setWidthFull();
        IntegerField hours = new IntegerField(getTranslation("pf.search.hours"));
        hours.setValue(2);
        hours.setMin(1);
        hours.setMax(48);
        hours.setStepButtonsVisible(true);
        hours.setWidthFull();
        hours.setId("pf-search-hours");
        Div result = new Div();
        Button search = new Button(getTranslation("pf.search.find"), VaadinIcon.SEARCH.create(), click -> {
            result.removeAll();
            if (hours.getValue() == null || from.getValue() == null || to.getValue() == null) {
                return;
            }
            Notices.attempt(() -> calendars.findFirstFreeSlot(
                    which.getValue().stream().map(ResourceSummary::id).toList(), from.getValue(),
                    to.getValue().plusDays(1), hours.getValue() * 60).ifPresentOrElse(found -> {
                        Paragraph text = new Paragraph(getTranslation("pf.search.found", found.resourceName(),
                                displayZone.formatDateTime(found.startsAt()),
                                displayZone.formatDateTime(found.endsAt())));
                        text.addClassName("pf-search-found");
                        text.setId("pf-search-found");
                        Button show = new Button(getTranslation(canBook ? "pf.search.book" : "pf.search.show"),
                                e -> onFound.accept(found));
                        show.setId("pf-search-book");
                        show.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
                        result.add(text, show);
                    }, () -> result.add(new Paragraph(getTranslation("pf.search.none")))));
        });
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.setId("pf-search-find");
        add(new H3(getTranslation("pf.search.title")), which, from, to, hours, search, result);
    }
}
