package kr.innocluster.portal.grant.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import kr.innocluster.portal.base.Money;
import kr.innocluster.portal.base.ui.LimitedUpload;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.base.ui.ReasonDialog;
import kr.innocluster.portal.base.ui.UploadTexts;
import kr.innocluster.portal.company.BusinessNumber;
import kr.innocluster.portal.grant.BudgetLineView;
import kr.innocluster.portal.grant.ExpenseStatus;
import kr.innocluster.portal.grant.ExpenseView;
import kr.innocluster.portal.grant.FileView;
import kr.innocluster.portal.grant.ProjectDetails;
import kr.innocluster.portal.grant.ProjectStatus;

/** 집행: each line's budget, spent, accepted and what is left; the expenses with evidence and their review. */
class ExpensesTab extends VerticalLayout {

    private final GrantServices services;
    private final ProjectDetails d;
    private final boolean official;
    private final GrantProjectView page;

    ExpensesTab(GrantServices services, ProjectDetails d, boolean official, GrantProjectView page) {
        this.services = services;
        this.d = d;
        this.official = official;
        this.page = page;
        setPadding(false);
        add(ContractTab.hint(this, "grant.expense.rules"));
        Grid<BudgetLineView> lines = new Grid<>();
        lines.setId("grant-lines");
        lines.addColumn(BudgetLineView::category).setHeader(getTranslation("grant.col.category")).setFlexGrow(1);
        money(lines, BudgetLineView::budget, "grant.col.budget");
        money(lines, BudgetLineView::spent, "grant.col.spent");
        money(lines, BudgetLineView::accepted, "grant.col.accepted");
        money(lines, BudgetLineView::disallowed, "grant.col.disallowed");
        money(lines, BudgetLineView::left, "grant.col.left");
        lines.setItems(d.lines());
        lines.setAllRowsVisible(true);
        add(lines);

        HorizontalLayout head = new HorizontalLayout(new H3(getTranslation("grant.tab.expenses")));
        head.setAlignItems(Alignment.BASELINE);
        if (!official && d.status() == ProjectStatus.ACTIVE) {
            Button add = new Button(getTranslation("grant.expense.add"),
                    click -> new ExpenseDialog(services.expenses(), d, page::refresh).open());
            add.setId("grant-expense-add");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            head.add(add);
        }
        add(head);
        Grid<ExpenseView> expenses = new Grid<>();
        expenses.setId("grant-expenses");
        expenses.addColumn(ExpenseView::spentOn).setHeader(getTranslation("grant.col.date")).setAutoWidth(true)
                .setFlexGrow(0);
        expenses.addColumn(ExpenseView::category).setHeader(getTranslation("grant.col.category")).setAutoWidth(true)
                .setFlexGrow(0);
        expenses.addColumn(e -> e.supplierName() + " (" + BusinessNumber.format(e.supplierNumber()) + ")")
                .setHeader(getTranslation("grant.col.supplier")).setWidth("10rem").setFlexGrow(1).setResizable(true);
        expenses.addColumn(ExpenseView::description).setHeader(getTranslation("grant.col.description"))
                .setWidth("10rem").setFlexGrow(1).setResizable(true);
        expenses.addColumn(e -> Money.won(e.amount())).setHeader(getTranslation("grant.col.amount"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        expenses.addColumn(e -> getTranslation("grant.payment." + e.paymentMethod()))
                .setHeader(getTranslation("grant.col.method")).setAutoWidth(true).setFlexGrow(0);
        expenses.addComponentColumn(this::evidence).setHeader(getTranslation("grant.col.evidence")).setWidth("13rem")
                .setFlexGrow(0);
        expenses.addComponentColumn(this::state).setHeader(getTranslation("grant.col.status")).setWidth("12rem")
                .setFlexGrow(0);
        expenses.setItems(query -> services.expenses().expenses(d.id(), query.getOffset(), query.getLimit()).stream(),
                query -> services.expenses().countExpenses(d.id()));
        expenses.setEmptyStateText(getTranslation("grant.expense.empty"));
        expenses.addClassName("grant-expense-grid");
        expenses.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(expenses);
    }

    private Component evidence(ExpenseView e) {
        Div box = new Div();
        box.addClassName("grant-evidence");
        for (FileView f : e.files()) {
            box.add(new Div(Downloads.file(f.fileName(), () -> services.expenses().openFile(f.id()))));
        }
        if (e.files().isEmpty()) {
            Span none = new Span(getTranslation("grant.expense.noEvidence"));
            none.addClassName("grant-muted");
            box.add(none);
        }
        if (!official && d.status() == ProjectStatus.ACTIVE && e.status() != ExpenseStatus.DISALLOWED) {
            Upload upload = new Upload(LimitedUpload.ofMegabytes(20, file -> {
                services.expenses().attachEvidence(e.id(), file);
                Notices.success("grant.expense.evidenceAdded");
                page.refresh();
            }));
            upload.setAcceptedFileTypes("application/pdf", "image/jpeg", "image/png", ".pdf", ".jpg", ".jpeg", ".png");
            upload.setMaxFiles(1);
            upload.setDropAllowed(false);
            Button pick = new Button(getTranslation("grant.expense.evidence"));
            pick.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            upload.setUploadButton(pick);
            upload.addClassName("grant-evidence-upload");
            upload.setI18n(UploadTexts.of(upload));
            box.add(upload);
        }
        return box;
    }

    private Component state(ExpenseView e) {
        VerticalLayout box = new VerticalLayout(GrantBadges.expense(e.status()));
        box.setPadding(false);
        box.setSpacing(false);
        if (e.reason() != null) {
            Span reason = new Span(getTranslation("grant.expense.reason", e.reason()));
            reason.addClassName("grant-reason");
            box.add(reason);
        }
        if (official && !d.status().settled() && e.status() != ExpenseStatus.DISALLOWED) {
            HorizontalLayout actions = new HorizontalLayout();
            actions.setSpacing(false);
            if (e.status() == ExpenseStatus.SUBMITTED) {
                Button accept = new Button(getTranslation("grant.expense.accept"), click -> Notices.attempt(() -> {
                    services.expenses().accept(e.id());
                    Notices.success("grant.expense.accepted");
                    page.refresh();
                }));
                accept.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY,
                        ButtonVariant.LUMO_SUCCESS);
                accept.addClassName("grant-expense-accept");
                accept.getElement().setAttribute("aria-label", getTranslation("grant.expense.accept") + ": "
                        + e.description());
                actions.add(accept);
            }
            Button disallow = new Button(getTranslation("grant.expense.disallow"), click -> new ReasonDialog(
                    getTranslation("grant.expense.disallowTitle"), getTranslation("grant.expense.disallowText"),
                    getTranslation("grant.expense.disallow"), true, true, reason -> Notices.attempt(() -> {
                        services.expenses().disallow(e.id(), reason);
                        Notices.success("grant.expense.disallowed");
                        page.refresh();
                    })).open());
            disallow.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            disallow.addClassName("grant-expense-disallow");
            disallow.getElement().setAttribute("aria-label", getTranslation("grant.expense.disallow") + ": "
                    + e.description());
            actions.add(disallow);
            box.add(actions);
        }
        return box;
    }

    private static void money(Grid<BudgetLineView> grid, java.util.function.ToLongFunction<BudgetLineView> value,
                              String key) {
        grid.addColumn(l -> Money.won(value.applyAsLong(l))).setHeader(grid.getTranslation(key))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
    }
}
