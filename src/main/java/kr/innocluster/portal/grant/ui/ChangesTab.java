package kr.innocluster.portal.grant.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.Money;
import kr.innocluster.portal.base.ui.FormErrors;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.base.ui.ReasonDialog;
import kr.innocluster.portal.grant.BudgetLineView;
import kr.innocluster.portal.grant.ChangeForm;
import kr.innocluster.portal.grant.ChangeKind;
import kr.innocluster.portal.grant.ChangeStatus;
import kr.innocluster.portal.grant.ChangeView;
import kr.innocluster.portal.grant.ProjectDetails;
import kr.innocluster.portal.grant.ProjectStatus;

/** 협약변경: the company proposes; notices are applied at once, requests wait for the official's decision. */
class ChangesTab extends VerticalLayout {

    private final GrantServices services;
    private final GrantProjectView page;

    ChangesTab(GrantServices services, ProjectDetails d, DisplayZone zone, boolean official, GrantProjectView page) {
        this.services = services;
        this.page = page;
        setPadding(false);
        add(ContractTab.hint(this, "grant.change.hint", d.settings().changeLimitPercent()));
        if (!official && d.status() == ProjectStatus.ACTIVE) {
            Button propose = new Button(getTranslation("grant.change.propose"), click -> dialog(d).open());
            propose.setId("grant-change-propose");
            add(propose);
        }
        Grid<ChangeView> grid = new Grid<>();
        grid.setId("grant-changes");
        grid.addColumn(c -> zone.formatDate(c.requestedAt()) + " · " + c.requestedBy())
                .setHeader(getTranslation("grant.col.requested")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> getTranslation("grant.changeKind." + c.kind())).setHeader(getTranslation("grant.col.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::what).setHeader(getTranslation("grant.col.change")).setFlexGrow(2).setResizable(true);
        grid.addColumn(ChangeView::reason).setHeader(getTranslation("grant.col.reason")).setFlexGrow(1);
        grid.addComponentColumn(c -> decision(c, official)).setHeader(getTranslation("grant.col.decision"))
                .setAutoWidth(true);
        grid.setItems(services.changes().changes(d.id()));
        grid.setEmptyStateText(getTranslation("grant.change.empty"));
        grid.setAllRowsVisible(true);
        add(grid);
    }

    private String what(ChangeView c) {
        String text = c.fromCategory() == null ? "" : getTranslation("grant.change.move", c.fromCategory(),
                c.toCategory(), Money.won(c.grantAmount()), Money.won(c.ownAmount()));
        if (c.newPeriodEnd() != null) {
            text += (text.isEmpty() ? "" : " · ") + getTranslation("grant.change.extend", c.newPeriodEnd());
        }
        return text;
    }

    private Component decision(ChangeView c, boolean official) {
        HorizontalLayout box = new HorizontalLayout(GrantBadges.change(c.status()));
        box.setAlignItems(Alignment.CENTER);
        if (c.decision() != null) {
            box.add(new Span(c.decision()));
        }
        if (official && c.status() == ChangeStatus.NOTIFIED) {
            box.add(small("grant.change.acknowledge", () -> {
                services.changes().acknowledge(c.id());
                Notices.success("grant.change.acknowledged");
                page.refresh();
            }));
        }
        if (official && c.status() == ChangeStatus.PENDING) {
            Button approve = new Button(getTranslation("grant.change.approve"), click -> new ReasonDialog(
                    getTranslation("grant.change.approve"), getTranslation("grant.change.approveText"),
                    getTranslation("grant.change.approve"), false, false, reason -> Notices.attempt(() -> {
                        services.changes().approve(c.id(), reason);
                        Notices.success("grant.change.approved");
                        page.refresh();
                    })).open());
            approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
            Button reject = new Button(getTranslation("grant.change.reject"), click -> new ReasonDialog(
                    getTranslation("grant.change.reject"), getTranslation("grant.change.rejectText"),
                    getTranslation("grant.change.reject"), true, true, reason -> Notices.attempt(() -> {
                        services.changes().reject(c.id(), reason);
                        Notices.success("grant.change.rejected");
                        page.refresh();
                    })).open());
            reject.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            box.add(approve, reject);
        }
        return box;
    }

    private Button small(String key, Runnable action) {
        Button b = new Button(getTranslation(key), click -> Notices.attempt(action));
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return b;
    }

    private Dialog dialog(ProjectDetails d) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("grant.change.title"));
        dialog.setWidth("min(40rem, 96vw)");
        ComboBox<BudgetLineView> from = new ComboBox<>(getTranslation("grant.change.fromLine"));
        from.setItems(d.lines());
        from.setItemLabelGenerator(BudgetLineView::category);
        ComboBox<BudgetLineView> to = new ComboBox<>(getTranslation("grant.change.toLine"));
        to.setItems(d.lines());
        to.setItemLabelGenerator(BudgetLineView::category);
        WonField grant = new WonField(getTranslation("grant.change.grantAmount"));
        WonField own = new WonField(getTranslation("grant.change.ownAmount"));
        DatePicker end = IsoDates.of(new DatePicker(getTranslation("grant.change.newPeriodEnd")));
        TextArea reason = new TextArea(getTranslation("grant.change.reason"));
        reason.setMaxLength(2000);
        FormLayout form = new FormLayout(from, to, grant, own, end, reason);
        form.setColspan(reason, 2);
        dialog.add(ContractTab.hint(this, "grant.change.hint", d.settings().changeLimitPercent()), form);
        FormErrors errors = new FormErrors().bind("fromLine", from).bind("toLine", to).bind("grantAmount", grant)
                .bind("newPeriodEnd", end).bind("reason", reason);
        Button save = new Button(getTranslation("grant.change.propose"), click -> Notices.attempt(() -> {
            ChangeKind kind = services.changes().propose(d.id(), new ChangeForm(
                    from.getValue() == null ? null : from.getValue().id(), to.getValue() == null ? null
                    : to.getValue().id(), grant.valueOrZero(), own.valueOrZero(), end.getValue(), reason.getValue()));
            Notices.success(kind == ChangeKind.NOTICE ? "grant.change.notified" : "grant.change.requested");
            dialog.close();
            page.refresh();
        }, errors));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("grant.action.cancel"), click -> dialog.close()), save);
        return dialog;
    }
}
