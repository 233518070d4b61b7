package kr.innocluster.portal.company.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import kr.innocluster.portal.company.CompanyFilter;
import kr.innocluster.portal.company.CompanyStatus;
import kr.innocluster.portal.company.Region;
import kr.innocluster.portal.company.SizeClass;

/** Search text and filters of the officials' company list; reports every change as a new {@link CompanyFilter}. */
class CompanyFilterBar extends Composite<FlexLayout> {

    private final TextField text = new TextField();
    private final Select<Region> region = new Select<>();
    private final Select<SizeClass> size = new Select<>();
    private final Select<String> section = new Select<>();
    private final Select<CompanyStatus> status = new Select<>();
    private final Select<String> kind = new Select<>();

    CompanyFilterBar(Consumer<CompanyFilter> onChange) {
        FlexLayout layout = getContent();
        layout.addClassName("company-filter-bar");
        layout.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        layout.setAlignItems(FlexComponent.Alignment.BASELINE);

        text.setId("company-search");
        text.setPlaceholder(getTranslation("company.list.search"));
        text.setAriaLabel(getTranslation("company.list.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addClassName("company-filter-search");
        configure(region, "region", List.of(Region.values()), r -> getTranslation("company.region." + r.name()));
        configure(size, "sizeClass", List.of(SizeClass.values()), s -> getTranslation("company.size." + s.name()));
        configure(section, "ksicSection", CompanyLabels.KSIC_SECTIONS, s -> getTranslation("company.ksic." + s));
        configure(status, "status", List.of(CompanyStatus.values()), s -> getTranslation("company.status." + s.name()));
        configure(kind, "kind", List.of("supplier", "demand"), k -> getTranslation("company.kind." + k));

        Button reset = new Button(getTranslation("company.list.reset"), VaadinIcon.ROTATE_LEFT.create(),
                click -> reset());
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        layout.add(text, region, size, section, status, kind, reset);
        text.addValueChangeListener(e -> onChange.accept(filter()));
        List.of(region, size, section, status, kind).forEach(s -> s.addValueChangeListener(e -> onChange.accept(filter())));
    }

    CompanyFilter filter() {
        String k = kind.getValue();
        return new CompanyFilter(text.getValue(), region.getValue(), size.getValue(), section.getValue(),
                status.getValue(), "supplier".equals(k) ? Boolean.TRUE : null, "demand".equals(k) ? Boolean.TRUE : null);
    }

    void showStatus(CompanyStatus value) {
        status.setValue(value);
    }

    private void reset() {
        text.clear();
        region.clear();
        size.clear();
        section.clear();
        status.clear();
        kind.clear();
    }

    private <T> void configure(Select<T> select, String name, List<T> items, Function<T, String> label) {
        select.setId("filter-" + name);
        select.setItems(items);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("company.list.any." + name));
        select.setItemLabelGenerator(item -> item == null ? getTranslation("company.list.any." + name)
                : label.apply(item));
        select.setAriaLabel(getTranslation("company.field." + name));
        select.addClassName("company-filter-select");
    }
}
