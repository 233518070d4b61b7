package kr.innocluster.portal.seminar.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.concurrent.atomic.AtomicLong;
import kr.innocluster.portal.base.NotFoundException;
import kr.innocluster.portal.base.ui.FormErrors;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.security.Roles;
import kr.innocluster.portal.seminar.SeminarForm;
import kr.innocluster.portal.seminar.SeminarService;
import kr.innocluster.portal.seminar.SeminarStatus;

/**
 * Create or edit a seminar (with its programme), publish it, or cancel it; edits a copy, saved by the service.
 * "Save and publish" is one service call: a refused publish saves nothing.
 */
@Route("seminar-admin/edit/:seminarId(new|[0-9]{1,18})")
@RolesAllowed(Roles.OFFICIAL)
class SeminarEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SeminarService seminars;
    private final Binder<SeminarForm> binder = new Binder<>(SeminarForm.class);
    private final TextField title = new TextField();
    private final TextField host = new TextField();
    private final TextField venue = new TextField();
    private final TextField onlineUrl = new TextField();
    private final TextArea description = new TextArea();
    private final DateTimePicker startsAt = new DateTimePicker();
    private final DateTimePicker endsAt = new DateTimePicker();
    private final DateTimePicker opensAt = new DateTimePicker();
    private final DateTimePicker closesAt = new DateTimePicker();
    private final IntegerField capacity = new IntegerField();
    private final IntegerField retentionDays = new IntegerField();
    private SeminarForm form;
    private SessionsEditor sessions;
    private FormErrors errors;

    SeminarEditorView(SeminarService seminars) {
        this.seminars = seminars;
        setId("seminar-editor");
        addClassName("seminar-editor");
        label(title, "seminar.editor.title", "ed-title");
        label(host, "seminar.editor.host", "ed-host");
        label(venue, "seminar.editor.venue", "ed-venue");
        label(onlineUrl, "seminar.editor.onlineUrl", "ed-online");
        label(description, "seminar.editor.description", "ed-description");
        label(startsAt, "seminar.editor.startsAt", "ed-starts");
        label(endsAt, "seminar.editor.endsAt", "ed-ends");
        label(opensAt, "seminar.editor.opensAt", "ed-opens");
        label(closesAt, "seminar.editor.closesAt", "ed-closes");
        label(capacity, "seminar.editor.capacity", "ed-capacity");
        label(retentionDays, "seminar.editor.retentionDays", "ed-retention");
        retentionDays.setHelperText(getTranslation("seminar.editor.retentionHint"));
        capacity.setMin(1);
        capacity.setMax(10000);
        String required = getTranslation("seminar.form.error.required");
        binder.forField(title).asRequired(required).bind(SeminarForm::getTitle, SeminarForm::setTitle);
        binder.forField(host).asRequired(required).bind(SeminarForm::getHost, SeminarForm::setHost);
        binder.forField(venue).asRequired(required).bind(SeminarForm::getVenue, SeminarForm::setVenue);
        binder.forField(onlineUrl).bind(SeminarForm::getOnlineUrl, SeminarForm::setOnlineUrl);
        binder.forField(description).bind(SeminarForm::getDescription, SeminarForm::setDescription);
        binder.forField(startsAt).asRequired(required).bind(SeminarForm::getStartsAt, SeminarForm::setStartsAt);
        binder.forField(endsAt).asRequired(required).bind(SeminarForm::getEndsAt, SeminarForm::setEndsAt);
        binder.forField(opensAt).asRequired(required)
                .bind(SeminarForm::getRegistrationOpensAt, SeminarForm::setRegistrationOpensAt);
        binder.forField(closesAt).asRequired(required)
                .bind(SeminarForm::getRegistrationClosesAt, SeminarForm::setRegistrationClosesAt);
        binder.forField(capacity).asRequired(getTranslation("seminar.form.error.capacity"))
                .withValidator(v -> v >= 1 && v <= 10000, getTranslation("seminar.form.error.capacity"))
                .bind(SeminarForm::getCapacity, SeminarForm::setCapacity);
        binder.forField(retentionDays).asRequired(getTranslation("seminar.form.error.retention"))
                .withValidator(v -> v >= 1 && v <= 1825, getTranslation("seminar.form.error.retention"))
                .bind(SeminarForm::getRetentionDays, SeminarForm::setRetentionDays);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("seminarId").orElse("new");
        try {
            form = "new".equals(id) ? new SeminarForm() : seminars.form(Long.parseLong(id));
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        binder.readBean(form);
        removeAll();
        FormLayout layout = new FormLayout(title, host, venue, onlineUrl, startsAt, endsAt, opensAt, closesAt, capacity,
                retentionDays, description);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 2));
        layout.setColspan(description, 2);
        sessions = new SessionsEditor(form.getSessions());
        errors = new FormErrors().bind("title", title).bind("host", host).bind("venue", venue)
                .bind("onlineUrl", onlineUrl).bind("description", description).bind("startsAt", startsAt)
                .bind("endsAt", endsAt).bind("registrationOpensAt", opensAt).bind("registrationClosesAt", closesAt)
                .bind("capacity", capacity).bind("retentionDays", retentionDays).bind("sessions", sessions.error());
        add(layout, new H3(getTranslation("seminar.detail.programme")), sessions, buttons());
    }

    private HorizontalLayout buttons() {
        Button save = new Button(getTranslation("seminar.editor.save"), click -> save(false));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-seminar");
        HorizontalLayout buttons = new HorizontalLayout(save);
        if (form.getStatus() == SeminarStatus.DRAFT) {
            Button publish = new Button(getTranslation("seminar.editor.saveAndPublish"), click -> save(true));
            publish.setId("publish-seminar");
            buttons.add(publish);
        }
        if (form.getId() != null && form.getStatus() != SeminarStatus.CANCELLED) {
            Button cancel = new Button(getTranslation("seminar.editor.cancelSeminar"), click -> confirmCancel());
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            cancel.setId("cancel-seminar");
            buttons.add(cancel);
        }
        return buttons;
    }

    private void save(boolean publish) {
        SeminarForm copy = new SeminarForm();
        copy.setId(form.getId());
        copy.setVersion(form.getVersion());
        copy.setStatus(form.getStatus());
        if (!binder.writeBeanIfValid(copy)) {
            return;
        }
        copy.setSessions(sessions.value());
        AtomicLong saved = new AtomicLong();
        boolean done = Notices.attempt(() -> saved.set(publish ? seminars.saveAndPublish(copy) : seminars.save(copy)),
                errors);
        if (done) {
            Notices.success(publish ? "seminar.editor.published" : "seminar.editor.saved");
            getUI().ifPresent(ui -> ui.navigate(SeminarDeskView.class,
                    new RouteParameters("seminarId", String.valueOf(saved.get()))));
        }
    }

    private void confirmCancel() {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("seminar.editor.cancelTitle"),
                getTranslation("seminar.editor.cancelText", form.getTitle()),
                getTranslation("seminar.editor.cancelSeminar"), confirm -> {
                    AtomicLong told = new AtomicLong();
                    if (Notices.attempt(() -> told.set(seminars.cancel(form.getId())))) {
                        Notices.success("seminar.editor.cancelledNotified", told.get());
                        getUI().ifPresent(ui -> ui.navigate(SeminarAdminView.class));
                    }
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("seminar.common.back"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void label(HasLabel field, String key, String id) {
        field.setLabel(getTranslation(key));
        ((Component) field).setId(id);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("seminar.editor.pageTitle") + " | " + getTranslation("app.name");
    }
}
