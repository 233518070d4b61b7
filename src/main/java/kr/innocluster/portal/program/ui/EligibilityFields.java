package kr.innocluster.portal.program.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import kr.innocluster.portal.company.Region;
import kr.innocluster.portal.company.SizeClass;

/**
 * The eligibility rule fields of the program form: regions and size classes in the company registry's terms,
 * labelled from its bundle ({@code company.region.<NAME>}, {@code company.size.<NAME>}).
 */
class EligibilityFields {

    final MultiSelectComboBox<Region> regions = new MultiSelectComboBox<>();
    final CheckboxGroup<SizeClass> sizeClasses = new CheckboxGroup<>();
    final TextField ksic = new TextField();
    final IntegerField minSmartFactoryLevel = new IntegerField();
    final IntegerField maxCompanyAge = new IntegerField();
    final Checkbox requireConfirmedLevel = new Checkbox();

    EligibilityFields(Component owner) {
        regions.setLabel(owner.getTranslation("program.field.regions"));
        regions.setItems(Region.values());
        regions.setItemLabelGenerator(region -> owner.getTranslation("company.region." + region.name()));
        regions.setHelperText(owner.getTranslation("program.field.emptyMeansAll"));
        regions.setId("program-regions");
        sizeClasses.setLabel(owner.getTranslation("program.field.sizeClasses"));
        sizeClasses.setItems(SizeClass.values());
        sizeClasses.setItemLabelGenerator(size -> owner.getTranslation("company.size." + size.name()));
        sizeClasses.setId("program-size-classes");
        ksic.setLabel(owner.getTranslation("program.field.ksic"));
        ksic.setHelperText(owner.getTranslation("program.field.ksicHint"));
        minSmartFactoryLevel.setLabel(owner.getTranslation("program.field.minSmartFactory"));
        minSmartFactoryLevel.setMin(1);
        minSmartFactoryLevel.setMax(5);
        maxCompanyAge.setLabel(owner.getTranslation("program.field.maxCompanyAge"));
        maxCompanyAge.setMin(1);
        requireConfirmedLevel.setLabel(owner.getTranslation("program.field.requireConfirmedLevel"));
        requireConfirmedLevel.setId("program-require-confirmed-level");
    }
}
