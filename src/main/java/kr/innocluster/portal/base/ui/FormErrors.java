package kr.innocluster.portal.base.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import java.util.LinkedHashMap;
import java.util.Map;
import kr.innocluster.portal.base.Message;
import kr.innocluster.portal.base.RuleException;

/**
 * Puts a service's field errors next to a form's fields. A form binds each field under the name the service uses
 * ({@code "businessNumber"}, {@code "startsAt"} ...); {@link Notices#attempt(Runnable, FormErrors)} then shows a
 * refusal on the fields it names.
 */
public final class FormErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FormErrors bind(String name, HasValidation field) {
        fields.put(name, field);
        return this;
    }

    /** Marks every bound field valid again. */
    public void clear() {
        fields.values().forEach(field -> field.setInvalid(false));
    }

    /**
     * Shows each field error of the refusal next to its field. Returns true when at least one was shown; errors for
     * fields this form does not have are left to the caller (a notice).
     */
    public boolean show(RuleException refusal) {
        return show(refusal.fieldErrors());
    }

    public boolean show(Map<String, Message> errors) {
        boolean shown = false;
        UI ui = UI.getCurrent();
        for (Map.Entry<String, Message> error : errors.entrySet()) {
            HasValidation field = fields.get(error.getKey());
            if (field != null) {
                Message message = error.getValue();
                field.setErrorMessage(ui == null ? message.key() : ui.getTranslation(message.key(), message.argsArray()));
                field.setInvalid(true);
                shown = true;
            }
        }
        return shown;
    }

    /** True when a bound field is marked invalid. */
    public boolean hasErrors() {
        return fields.values().stream().anyMatch(HasValidation::isInvalid);
    }
}
