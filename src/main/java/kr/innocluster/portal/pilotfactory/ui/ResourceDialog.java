package kr.innocluster.portal.pilotfactory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import kr.innocluster.portal.base.ui.FormErrors;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.pilotfactory.PilotFactoryService;
import kr.innocluster.portal.pilotfactory.ResourceDraft;
import kr.innocluster.portal.pilotfactory.ResourceKind;
import kr.innocluster.portal.pilotfactory.ResourceSummary;

/** Creates or edits a resource on a copy ({@link ResourceDraft}); the service validates again and saves. */
class ResourceDialog extends Dialog {

    private final Binder<ResourceDraft> binder = new Binder<>();
    private final OpeningHoursEditor hours;
    private final FormErrors errors;

    ResourceDialog(PilotFactoryService factory, ResourceSummary existing, Runnable onSaved) {
        ResourceDraft draft = existing == null ? new ResourceDraft() : existing.toDraft();
        setHeaderTitle(getTranslation(existing == null ? "pf.resources.new" : "pf.resources.edit"));
        addClassName("pf-resource-dialog");
        setWidth("52rem");
        TextField name = new TextField(getTranslation("pf.resource.name"));
        name.setMaxLength(200);
        Select<ResourceKind> kind = new Select<>();
        kind.setLabel(getTranslation("pf.resource.kind"));
        kind.setItems(ResourceKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("pf.kind." + k));
        TextField site = new TextField(getTranslation("pf.resource.site"));
        TextField location = new TextField(getTranslation("pf.resource.location"));
        TextArea description = new TextArea(getTranslation("pf.resource.description"));
        Select<Integer> slot = new Select<>();
        slot.setLabel(getTranslation("pf.resource.slot"));
        slot.setItems(List.of(15, 30, 60, 120));
        slot.setItemLabelGenerator(m -> getTranslation("pf.minutes", m));
        IntegerField min = minutes("pf.resource.min");
        IntegerField max = minutes("pf.resource.max");
        IntegerField lead = new IntegerField(getTranslation("pf.resource.lead"));
        lead.setHelperText(getTranslation("pf.resource.leadHint"));
        IntegerField quota = new IntegerField(getTranslation("pf.resource.quotaHours"));
        quota.setHelperText(getTranslation("pf.resource.quotaHint"));
        Checkbox grantOnly = new Checkbox(getTranslation("pf.resource.requiresApplication"));
        Checkbox active = new Checkbox(getTranslation("pf.resource.active"));

        binder.forField(name).asRequired(getTranslation("pf.error.name"))
                .bind(ResourceDraft::getName, ResourceDraft::setName);
        binder.forField(kind).asRequired(getTranslation("pf.error.required"))
                .bind(ResourceDraft::getKind, ResourceDraft::setKind);
        binder.forField(site).asRequired(getTranslation("pf.error.required"))
                .bind(ResourceDraft::getSite, ResourceDraft::setSite);
        binder.bind(location, d -> d.getLocation() == null ? "" : d.getLocation(), ResourceDraft::setLocation);
        binder.bind(description, d -> d.getDescription() == null ? "" : d.getDescription(),
                ResourceDraft::setDescription);
        binder.forField(slot).asRequired(getTranslation("pf.error.slotMinutes"))
                .bind(ResourceDraft::getSlotMinutes, ResourceDraft::setSlotMinutes);
        binder.forField(min).asRequired(getTranslation("pf.error.required"))
                .bind(ResourceDraft::getMinMinutes, ResourceDraft::setMinMinutes);
        binder.forField(max).asRequired(getTranslation("pf.error.required"))
                .bind(ResourceDraft::getMaxMinutes, ResourceDraft::setMaxMinutes);
        binder.forField(lead).asRequired(getTranslation("pf.error.leadHours"))
                .withValidator(v -> v >= 0 && v <= 720, getTranslation("pf.error.leadHours"))
                .bind(ResourceDraft::getLeadHours, ResourceDraft::setLeadHours);
        binder.forField(quota).withValidator(v -> v == null || v > 0, getTranslation("pf.error.quotaHours"))
                .bind(ResourceDraft::getMonthlyQuotaHours, ResourceDraft::setMonthlyQuotaHours);
        binder.bind(grantOnly, ResourceDraft::isRequiresApprovedApplication,
                ResourceDraft::setRequiresApprovedApplication);
        binder.bind(active, ResourceDraft::isActive, ResourceDraft::setActive);
        binder.readBean(draft);
        hours = new OpeningHoursEditor(draft.getOpeningHours());
        errors = new FormErrors().bind("name", name).bind("kind", kind).bind("site", site).bind("slotMinutes", slot)
                .bind("minMinutes", min).bind("maxMinutes", max).bind("leadHours", lead)
                .bind("monthlyQuotaHours", quota).bind("openingHours", hours);

        FormLayout form = new FormLayout(name, kind, site, location, slot, min, max, lead, quota, grantOnly, active);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("34rem", 2));
        form.add(description, 2);
        add(form, new H4(getTranslation("pf.resource.openingHours")), hours);
        if (existing != null) {
            add(new H4(getTranslation("pf.resource.photo")), new ResourcePhotoEditor(factory, existing.id()));
        }

        Button save = new Button(getTranslation("pf.save"), click -> {
            if (!binder.writeBeanIfValid(draft)) {
                return;
            }
            draft.setOpeningHours(hours.value());
            if (Notices.attempt(() -> factory.saveResource(existing == null ? null : existing.id(), draft), errors)) {
                Notices.success("pf.resources.saved");
                close();
                onSaved.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("pf-save-resource");
        getFooter().add(new Button(getTranslation("pf.close"), click -> close()), save);
    }

    private IntegerField minutes(String key) {
        IntegerField field = new IntegerField(getTranslation(key));
        field.setSuffixComponent(new com.vaadin.flow.component.html.Span(getTranslation("pf.minutesUnit")));
        field.setStep(15);
        return field;
    }
}
