package kr.innocluster.portal.grant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.time.ZoneId;
import kr.innocluster.portal.base.Money;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.grant.InstalmentView;
import kr.innocluster.portal.grant.ProjectDetails;
import kr.innocluster.portal.grant.ProjectStatus;

/** 교부: the instalments, what was paid and what comes next; officials record payments. */
class DisbursementTab extends VerticalLayout {

    DisbursementTab(GrantServices services, ProjectDetails d, boolean official, GrantProjectView page) {
        setPadding(false);
        add(ContractTab.hint(this, "grant.disbursement.hint"));
        d.instalments().stream().filter(i -> !i.paid()).findFirst().ifPresentOrElse(next -> {
            Paragraph p = new Paragraph(getTranslation("grant.disbursement.next", next.seq(), Money.won(next.amount()),
                    next.plannedOn(), getTranslation("grant.condition." + next.condition())));
            p.setId("grant-next-instalment");
            p.addClassName("grant-callout");
            add(p);
        }, () -> {
            if (!d.instalments().isEmpty()) {
                add(new Paragraph(getTranslation("grant.disbursement.allPaid")));
            }
        });
        Grid<InstalmentView> grid = new Grid<>();
        grid.setId("grant-instalments");
        grid.addColumn(InstalmentView::seq).setHeader(getTranslation("grant.col.seq")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(InstalmentView::plannedOn).setHeader(getTranslation("grant.col.plannedOn")).setAutoWidth(true);
        grid.addColumn(i -> Money.won(i.amount())).setHeader(getTranslation("grant.col.instalmentAmount"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(i -> getTranslation("grant.condition." + i.condition()))
                .setHeader(getTranslation("grant.col.condition")).setFlexGrow(1);
        grid.addComponentColumn(i -> {
            if (i.paid()) {
                Span paid = new Span(getTranslation("grant.disbursement.paid", i.paidOn()));
                paid.getElement().getThemeList().add("badge success");
                return paid;
            }
            if (!official || d.status() != ProjectStatus.ACTIVE) {
                return new Span("-");
            }
            DatePicker on = IsoDates.of(new DatePicker(LocalDate.now(ZoneId.of("Asia/Seoul"))));
            on.setWidth("10rem");
            on.setAriaLabel(getTranslation("grant.disbursement.paidOn"));
            Button record = new Button(getTranslation("grant.disbursement.record"), click -> Notices.attempt(() -> {
                services.projects().recordPayment(i.id(), on.getValue());
                Notices.success("grant.disbursement.recorded");
                page.refresh();
            }));
            record.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            record.addClassName("grant-record-payment");
            HorizontalLayout row = new HorizontalLayout(on, record);
            row.setAlignItems(Alignment.CENTER);
            return row;
        }).setHeader(getTranslation("grant.col.paidOn")).setAutoWidth(true);
        grid.setItems(d.instalments());
        grid.setAllRowsVisible(true);
        add(grid);
    }
}
