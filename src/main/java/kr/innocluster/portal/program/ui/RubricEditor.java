package kr.innocluster.portal.program.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import kr.innocluster.portal.program.RubricLine;

/** The evaluation rubric: item names and weights, with the running sum (it must reach 100). */
class RubricEditor extends CustomField<List<RubricLine>> {

    private final Div rows = new Div();
    private final Span sum = new Span();
    private final List<TextField> names = new ArrayList<>();
    private final List<IntegerField> weights = new ArrayList<>();

    RubricEditor() {
        setLabel(getTranslation("program.field.rubric"));
        Button add = new Button(getTranslation("program.rubric.add"), VaadinIcon.PLUS.create(), click -> {
            addRow(new RubricLine("", 10));
            updateValue();
        });
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        sum.addClassName("program-rubric-sum");
        add(rows, new HorizontalLayout(add, sum));
    }

    private void addRow(RubricLine line) {
        TextField name = new TextField();
        name.setValue(line.name());
        name.setPlaceholder(getTranslation("program.rubric.name"));
        IntegerField weight = new IntegerField();
        weight.setValue(line.weight());
        weight.setMin(1);
        weight.setMax(100);
        weight.addClassName("program-rubric-weight");
        name.addValueChangeListener(e -> updateValue());
        weight.addValueChangeListener(e -> updateValue());
        HorizontalLayout row = new HorizontalLayout(name, weight);
        Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
            rows.remove(row);
            names.remove(name);
            weights.remove(weight);
            updateValue();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("program.rubric.remove"));
        row.add(remove);
        names.add(name);
        weights.add(weight);
        rows.add(row);
    }

    @Override
    protected List<RubricLine> generateModelValue() {
        List<RubricLine> lines = new ArrayList<>();
        int total = 0;
        for (int i = 0; i < names.size(); i++) {
            int weight = weights.get(i).getValue() == null ? 0 : weights.get(i).getValue();
            total += weight;
            lines.add(new RubricLine(names.get(i).getValue().strip(), weight));
        }
        sum.setText(getTranslation("program.rubric.sum", total));
        sum.getElement().getThemeList().set("badge", true);
        sum.getElement().getThemeList().set("error", total != 100);
        return lines;
    }

    @Override
    protected void setPresentationValue(List<RubricLine> value) {
        rows.removeAll();
        names.clear();
        weights.clear();
        (value == null ? List.<RubricLine>of() : value).forEach(this::addRow);
        generateModelValue();
    }

    static boolean sumsTo100(List<RubricLine> lines) {
        return lines.stream().mapToInt(RubricLine::weight).sum() == 100;
    }
}
