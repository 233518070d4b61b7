package kr.innocluster.portal.pilotfactory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.ZoneId;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.ui.FormErrors;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.pilotfactory.BlackoutSummary;
import kr.innocluster.portal.pilotfactory.PilotFactoryService;
import kr.innocluster.portal.pilotfactory.ResourceSummary;

/**
 * Maintenance blackouts of one resource: current and future ones, adding (which flags colliding bookings for the
 * operator) and removing.
 */
class BlackoutsDialog extends Dialog {

    private final PilotFactoryService factory;
    private final ResourceSummary resource;
    private final Grid<BlackoutSummary> grid = new Grid<>();

    BlackoutsDialog(PilotFactoryService factory, ResourceSummary resource, DisplayZone displayZone) {
        this.factory = factory;
        this.resource = resource;
        ZoneId zone = displayZone.zoneId();
        setHeaderTitle(getTranslation("pf.blackouts.title", resource.name()));
        addClassName("pf-blackouts-dialog");
        setWidth("48rem");
        grid.addColumn(b -> displayZone.formatDateTime(b.startsAt())).setHeader(getTranslation("pf.col.start"))
                .setAutoWidth(true);
        grid.addColumn(b -> displayZone.formatDateTime(b.endsAt())).setHeader(getTranslation("pf.col.end"))
                .setAutoWidth(true);
        grid.addColumn(BlackoutSummary::reason).setHeader(getTranslation("pf.col.reason")).setFlexGrow(1);
        grid.addComponentColumn(b -> {
            Button delete = new Button(getTranslation("pf.delete"), click -> {
                if (Notices.attempt(() -> factory.deleteBlackout(b.id()))) {
                    refresh();
                }
            });
            delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            return delete;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("pf.blackouts.empty"));
        grid.setAllRowsVisible(true);

        DateTimePicker from = DateFormats.isoDates(new DateTimePicker(getTranslation("pf.col.start")));
        DateTimePicker to = DateFormats.isoDates(new DateTimePicker(getTranslation("pf.col.end")));
        from.setStep(Duration.ofMinutes(30));
        to.setStep(Duration.ofMinutes(30));
        TextField reason = new TextField(getTranslation("pf.col.reason"));
        reason.setMaxLength(500);
        FormErrors errors = new FormErrors().bind("startsAt", from).bind("endsAt", to).bind("reason", reason);
        Button add = new Button(getTranslation("pf.blackouts.add"), click -> {
            if (from.getValue() == null || to.getValue() == null) {
                from.setInvalid(from.getValue() == null);
                to.setInvalid(to.getValue() == null);
                return;
            }
            Notices.attempt(() -> {
                int flagged = factory.addBlackout(resource.id(), from.getValue().atZone(zone).toInstant(),
                        to.getValue().atZone(zone).toInstant(), reason.getValue());
                Notices.success(flagged == 0 ? "pf.blackouts.added" : "pf.blackouts.addedFlagged", flagged);
                reason.clear();
                refresh();
            }, errors);
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout when = new HorizontalLayout(from, to);
        reason.setWidthFull();
        HorizontalLayout why = new HorizontalLayout(reason, add);
        why.setWidthFull();
        why.setAlignItems(FlexComponent.Alignment.BASELINE);
        com.vaadin.flow.component.html.Div form = new com.vaadin.flow.component.html.Div(when, why);
        Paragraph hint = new Paragraph(getTranslation("pf.blackouts.hint"));
        hint.addClassName("field-hint");
        add(grid, hint, form);
        getFooter().add(new Button(getTranslation("pf.close"), click -> close()));
        refresh();
    }

    private void refresh() {
        grid.setItems(factory.blackouts(resource.id()));
    }
}
