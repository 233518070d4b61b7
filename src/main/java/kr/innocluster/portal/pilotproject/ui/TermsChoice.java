package kr.innocluster.portal.pilotproject.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import kr.innocluster.portal.pilotproject.DataScope;
import kr.innocluster.portal.pilotproject.DataTerms;

/** The data terms as the company agrees to them: who may see the run data, publication, the text and the consent. */
class TermsChoice extends Div {

    final RadioButtonGroup<DataScope> scope = new RadioButtonGroup<>();
    final Checkbox publish = new Checkbox();
    final Checkbox agree = new Checkbox();
    final FieldError agreeError = new FieldError("pp-agree-error");

    TermsChoice() {
        addClassName("pp-terms");
        scope.setId("pp-scope");
        scope.setLabel(getTranslation("pp.field.scope"));
        scope.setItems(DataScope.values());
        scope.setItemLabelGenerator(s -> getTranslation("pp.scope." + s.name()) + " - "
                + getTranslation("pp.scope." + s.name() + ".hint"));
        scope.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        publish.setId("pp-publish");
        publish.setLabel(getTranslation("pp.field.publish"));
        Paragraph text = new Paragraph(getTranslation(DataTerms.textKey(DataTerms.CURRENT_VERSION)));
        text.addClassName("pp-terms-text");
        text.setId("pp-terms-text");
        agree.setId("pp-agree");
        agree.setLabel(getTranslation("pp.terms.agree", DataTerms.CURRENT_VERSION));
        add(new H3(getTranslation("pp.terms.title")), scope, publish, text, agree, agreeError);
    }
}
