package kr.innocluster.portal.grant.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import java.util.function.Function;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.Money;
import kr.innocluster.portal.base.ui.FormErrors;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.grant.OutcomeForm;
import kr.innocluster.portal.grant.OutcomeView;
import kr.innocluster.portal.grant.ProjectDetails;
import kr.innocluster.portal.grant.ProjectStatus;

/** 사후관리: the yearly outcome surveys (year 0 = before support); the company answers the open ones. */
class OutcomesTab extends VerticalLayout {

    OutcomesTab(GrantServices services, ProjectDetails d, DisplayZone zone, boolean official, GrantProjectView page) {
        setPadding(false);
        List<OutcomeView> outcomes = services.outcomes().outcomes(d.id());
        Grid<OutcomeView> grid = new Grid<>();
        grid.setId("grant-outcomes");
        grid.addColumn(o -> year(o.yearNo())).setHeader(getTranslation("grant.col.year")).setAutoWidth(true);
        grid.addColumn(OutcomeView::dueOn).setHeader(getTranslation("grant.col.due")).setAutoWidth(true);
        money(grid, o -> o.figures().sales(), "grant.outcome.sales");
        money(grid, o -> o.figures().exports(), "grant.outcome.exports");
        count(grid, o -> o.figures().employees(), "grant.outcome.employees");
        count(grid, o -> o.figures().newHires(), "grant.outcome.newHires");
        count(grid, o -> o.figures().patents(), "grant.outcome.patents");
        money(grid, o -> o.figures().investment(), "grant.outcome.investment");
        count(grid, o -> o.figures().products(), "grant.outcome.products");
        grid.addComponentColumn(o -> action(services, d, o, official, zone, page)).setAutoWidth(true);
        grid.setItems(outcomes);
        grid.setEmptyStateText(getTranslation("grant.outcome.empty"));
        grid.setAllRowsVisible(true);
        add(grid);
    }

    private String year(int yearNo) {
        return yearNo == 0 ? getTranslation("grant.outcome.baseline") : getTranslation("grant.outcome.year", yearNo);
    }

    private Component action(GrantServices services, ProjectDetails d, OutcomeView o, boolean official,
                             DisplayZone zone, GrantProjectView page) {
        if (o.answered()) {
            return new Span(getTranslation("grant.outcome.submittedOn", zone.formatDate(o.submittedAt())));
        }
        if (official || d.status() != ProjectStatus.FOLLOW_UP) {
            return new Span("-");
        }
        Button answer = new Button(getTranslation("grant.outcome.answer"), click -> dialog(services, o, page).open());
        answer.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        answer.addClassName("grant-outcome-answer");
        return answer;
    }

    private Dialog dialog(GrantServices services, OutcomeView o, GrantProjectView page) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("grant.outcome.answer") + " · " + year(o.yearNo()));
        WonField sales = new WonField(getTranslation("grant.outcome.sales"));
        WonField exports = new WonField(getTranslation("grant.outcome.exports"));
        IntegerField employees = new IntegerField(getTranslation("grant.outcome.employees"));
        IntegerField hires = new IntegerField(getTranslation("grant.outcome.newHires"));
        IntegerField patents = new IntegerField(getTranslation("grant.outcome.patents"));
        WonField investment = new WonField(getTranslation("grant.outcome.investment"));
        IntegerField products = new IntegerField(getTranslation("grant.outcome.products"));
        dialog.add(new FormLayout(sales, exports, employees, hires, patents, investment, products));
        FormErrors errors = new FormErrors().bind("sales", sales);
        Button save = new Button(getTranslation("grant.action.save"), click -> Notices.attempt(() -> {
            services.outcomes().answer(o.id(), new OutcomeForm(sales.getValue(), exports.getValue(),
                    employees.getValue(), hires.getValue(), patents.getValue(), investment.getValue(),
                    products.getValue()));
            Notices.success("grant.outcome.answered");
            dialog.close();
            page.refresh();
        }, errors));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("grant.action.cancel"), click -> dialog.close()), save);
        return dialog;
    }

    private static void money(Grid<OutcomeView> grid, Function<OutcomeView, Long> value, String key) {
        grid.addColumn(o -> value.apply(o) == null ? "-" : Money.won(value.apply(o)))
                .setHeader(grid.getTranslation(key)).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    }

    private static void count(Grid<OutcomeView> grid, Function<OutcomeView, Integer> value, String key) {
        grid.addColumn(o -> value.apply(o) == null ? "-" : String.valueOf(value.apply(o)))
                .setHeader(grid.getTranslation(key)).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    }
}
