package kr.innocluster.portal.program.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;

/** The eligibility rule fields of the program form. */
class EligibilityFields {

    /** 17 시·도 (metropolitan cities and provinces), as company profiles name them. */
    static final List<String> REGIONS = List.of("서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종", "경기",
            "강원", "충북", "충남", "전북", "전남", "경북", "경남", "제주");
    static final List<String> SIZE_CLASSES = List.of("소상공인", "소기업", "중기업", "중견기업", "대기업");

    final MultiSelectComboBox<String> regions = new MultiSelectComboBox<>();
    final CheckboxGroup<String> sizeClasses = new CheckboxGroup<>();
    final TextField ksic = new TextField();
    final IntegerField minSmartFactoryLevel = new IntegerField();
    final IntegerField maxCompanyAge = new IntegerField();

    EligibilityFields(com.vaadin.flow.component.Component owner) {
        regions.setLabel(owner.getTranslation("program.field.regions"));
        regions.setItems(REGIONS);
        regions.setHelperText(owner.getTranslation("program.field.emptyMeansAll"));
        sizeClasses.setLabel(owner.getTranslation("program.field.sizeClasses"));
        sizeClasses.setItems(SIZE_CLASSES);
        ksic.setLabel(owner.getTranslation("program.field.ksic"));
        ksic.setHelperText(owner.getTranslation("program.field.ksicHint"));
        minSmartFactoryLevel.setLabel(owner.getTranslation("program.field.minSmartFactory"));
        minSmartFactoryLevel.setMin(1);
        minSmartFactoryLevel.setMax(5);
        maxCompanyAge.setLabel(owner.getTranslation("program.field.maxCompanyAge"));
        maxCompanyAge.setMin(1);
    }
}
