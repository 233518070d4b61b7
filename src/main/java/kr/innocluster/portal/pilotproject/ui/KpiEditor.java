package kr.innocluster.portal.pilotproject.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import kr.innocluster.portal.pilotproject.KpiComparator;
import kr.innocluster.portal.pilotproject.KpiTarget;

/** Rows of KPIs with their targets: name, unit, at least / at most, target value; rows can be added and removed. */
class KpiEditor extends Div {

    private static final int MAX_ROWS = 10;

    private final List<Row> rows = new ArrayList<>();
    private final Div list = new Div();
    private final FieldError error = new FieldError("pp-kpis-error");
    private final Button add;

    KpiEditor() {
        addClassName("pp-kpi-editor");
        list.addClassName("pp-kpi-rows");
        add = new Button(getTranslation("pp.kpi.add"), VaadinIcon.PLUS.create(), e -> addRow());
        add.setId("pp-kpi-add");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(list, error, add);
        addRow();
    }

    FieldError error() {
        return error;
    }

    List<KpiTarget> value() {
        return rows.stream().map(r -> new KpiTarget(r.name.getValue(), r.unit.getValue(), r.comparator.getValue(),
                r.target.getValue())).toList();
    }

    private void addRow() {
        if (rows.size() >= MAX_ROWS) {
            return;
        }
        Row row = new Row();
        rows.add(row);
        list.add(row.layout);
        add.setEnabled(rows.size() < MAX_ROWS);
    }

    private final class Row {
        final TextField name = new TextField(getTranslation("pp.kpi.name"));
        final TextField unit = new TextField(getTranslation("pp.kpi.unit"));
        final Select<KpiComparator> comparator = new Select<>();
        final BigDecimalField target = new BigDecimalField(getTranslation("pp.kpi.target"));
        final HorizontalLayout layout;

        Row() {
            name.addClassName("pp-kpi-name");
            name.setPlaceholder(getTranslation("pp.kpi.namePlaceholder"));
            name.setMaxLength(200);
            name.setWidth("18rem");
            unit.addClassName("pp-kpi-unit");
            unit.setMaxLength(30);
            unit.setWidth("6rem");
            comparator.setLabel(getTranslation("pp.kpi.comparator"));
            comparator.setItems(KpiComparator.values());
            comparator.setItemLabelGenerator(c -> c.symbol() + " " + getTranslation("pp.comparator." + c.name()));
            comparator.setValue(KpiComparator.AT_LEAST);
            comparator.addClassName("pp-kpi-comparator");
            comparator.setWidth("9rem");
            target.addClassName("pp-kpi-target");
            target.setWidth("8rem");
            Button remove = new Button(VaadinIcon.TRASH.create());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("pp.kpi.remove"));
            layout = new HorizontalLayout(name, unit, comparator, target, remove);
            layout.setAlignItems(FlexComponent.Alignment.BASELINE);
            layout.addClassName("pp-kpi-row");
            remove.addClickListener(e -> {
                if (rows.size() > 1) {
                    rows.remove(this);
                    list.remove(layout);
                    add.setEnabled(true);
                }
            });
        }
    }
}
